// A briefing printed to PDF through whichever printer the host passed in: the export page plus A4
// page options, the handling line and title in every page's header, "Page n of N" in the footer.
import type { BriefingView } from '../../../shared/domain';
import type { PdfPageOptions, PdfPrinter } from './printer';
import { renderBriefingHtml } from './briefingHtml';
import { escapeHtml } from './htmlText';
import { directionOf, labelsFor } from './labels';

/**
 * Chromium draws headers and footers in a separate document that cannot use the page's web
 * fonts, and sizes its text at 0 unless told: so each template sets its own size and a system
 * serif. An Arabic handling line there is drawn with whatever Arabic font the system has (on a
 * machine with none it would show as boxes); the same line is always printed in the page body
 * with the embedded fonts.
 */
const TEMPLATE_STYLE =
  'width:100%;margin:0 20mm;font-size:8pt;line-height:1.2;color:#444;' +
  "font-family:'Noto Serif','DejaVu Serif','Times New Roman',serif;";

export function briefingPageOptions(view: BriefingView): PdfPageOptions {
  const { handling, title, language } = view.briefing;
  const dir = directionOf(language);
  const labels = labelsFor(language);
  const headerTemplate =
    `<div dir="${dir}" style="${TEMPLATE_STYLE}display:flex;justify-content:space-between;gap:8mm;">` +
    `<span style="font-weight:700">${escapeHtml(handling)}</span>` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${escapeHtml(title)}</span></div>`;
  const footerTemplate =
    `<div dir="${dir}" style="${TEMPLATE_STYLE}text-align:center;">` +
    `${labels.pageOf('<span class="pageNumber"></span>', '<span class="totalPages"></span>')}</div>`;
  return {
    headerTemplate,
    footerTemplate,
    margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
    format: 'A4',
  };
}

export function printBriefingPdf(view: BriefingView, printer: PdfPrinter): Promise<Uint8Array> {
  return printer.printPdf(renderBriefingHtml(view), briefingPageOptions(view));
}

// A briefing as a file: PDF, self-contained HTML or Markdown, named after its title in a way every
// operating system accepts (Arabic and accents kept: "تقرير مالي.pdf").
import type { BriefingExportFormat, BriefingView, ExportedFile } from '../../../shared/domain';
import type { PdfPrinter } from '../export/printer';

const MIME_TYPES: Record<BriefingExportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

/** Names Windows keeps for devices, whatever the extension ("CON.pdf" cannot be created). */
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Longest name before the extension, in UTF-8 bytes: file systems allow 255 for the whole name. */
const MAX_NAME_BYTES = 200;

/** The longest run of whole characters from the start that fits in `max` UTF-8 bytes. */
function cutToBytes(text: string, max: number): string {
  let bytes = 0;
  let kept = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > max) break;
    kept += char;
  }
  return kept;
}

/**
 * The title as a file name: no path separators or characters Windows refuses, no control or
 * bidirectional formatting characters (they would disguise the extension), no leading or
 * trailing dots or spaces; at most 200 bytes, cut between whole characters.
 */
export function briefingFileName(title: string, format: BriefingExportFormat): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/ +/g, ' ');
  const trimDots = (name: string): string => name.replace(/^[. ]+|[. ]+$/g, '');
  let name = trimDots(cutToBytes(trimDots(cleaned), MAX_NAME_BYTES));
  if (name === '') name = 'briefing';
  else if (RESERVED_NAMES.test(name)) name = `${name} briefing`;
  return `${name}.${format}`;
}

export async function exportBriefingFile(
  view: BriefingView,
  format: BriefingExportFormat,
  printer: PdfPrinter,
): Promise<ExportedFile> {
  const fileName = briefingFileName(view.briefing.title, format);
  const mimeType = MIME_TYPES[format];
  // Each renderer is loaded when first used: opening a case (every CLI command) needs none of them.
  if (format === 'pdf') {
    const { printBriefingPdf } = await import('../export/briefingPdf');
    return { fileName, mimeType, bytes: await printBriefingPdf(view, printer) };
  }
  const text =
    format === 'html'
      ? (await import('../export/briefingHtml')).renderBriefingHtml(view)
      : (await import('../export/briefingMarkdown')).renderBriefingMarkdown(view);
  return { fileName, mimeType, bytes: new TextEncoder().encode(text) };
}

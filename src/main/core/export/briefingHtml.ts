// One self-contained HTML page per briefing: the HTML export, and what every host prints to PDF
// (Electron in the app, a local Chromium in the web mode and the CLI), so the output is the same
// everywhere. No scripts and no addresses: fonts are inlined and the CSP forbids everything else.
import type { BriefingSource, BriefingView } from '../../../shared/domain';
import { createBodyContext, renderNode } from './briefingBody';
import { ARABIC_FAMILY, LATIN_FAMILY, embeddedFontCss } from './fonts';
import { escapeHtml, escapeImportedText } from './htmlText';
import {
  directionOf,
  formatExportDate,
  langAttribute,
  languageName,
  labelsFor,
  type ExportLabels,
} from './labels';

export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

const LATIN_STACK = `'${LATIN_FAMILY}', '${ARABIC_FAMILY}', serif`;
const ARABIC_STACK = `'${ARABIC_FAMILY}', '${LATIN_FAMILY}', serif`;

const PAGE_CSS = `
html { font-family: ${LATIN_STACK}; font-size: 11pt; line-height: 1.5; color: #111; }
body { margin: 0; }
:lang(ar), :lang(fa), :lang(ur) { font-family: ${ARABIC_STACK}; line-height: 1.8; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; break-after: avoid; margin: 1.2em 0 0.5em; }
h1 { font-size: 1.6em; } h2 { font-size: 1.35em; } h3 { font-size: 1.15em; }
h4, h5, h6 { font-size: 1em; }
p { margin: 0 0 0.6em; orphans: 2; widows: 2; }
code { font-family: inherit; background: #eee; padding: 0 0.2em; }
.briefing-head { border-bottom: 1px solid #777; margin-bottom: 1.2em; padding-bottom: 0.6em; }
.briefing-head .handling { font-weight: 700; letter-spacing: 0.04em; margin: 0 0 0.4em; }
.briefing-head h1.title { font-size: 2em; margin: 0 0 0.3em; }
.briefing-head .meta { color: #333; margin: 0; }
.align-left { text-align: left; } .align-right { text-align: right; }
.align-center { text-align: center; } .align-justify { text-align: justify; }
.align-start { text-align: start; } .align-end { text-align: end; }
.lowercase { text-transform: lowercase; } .uppercase { text-transform: uppercase; }
.capitalize { text-transform: capitalize; }
.tab { white-space: pre; }
blockquote { margin: 0.8em 0; padding: 0.1em 0; padding-inline-start: 1em;
  border-inline-start: 3px solid #888; }
blockquote.source-quote { background: #f4f4f4; break-inside: avoid; }
blockquote.broken { border-inline-start-style: dashed; border-color: #a33; }
.quote-note { margin: 0.2em 0; font-size: 0.85em; }
.broken-note { color: #a33; font-size: 0.85em; font-style: italic; }
.cite { color: inherit; text-decoration: none; white-space: nowrap; }
.cite.broken { color: #a33; font-weight: 700; }
.bidi-mark { font-size: 0.7em; color: #a33; border: 1px solid #a33; border-radius: 2px;
  padding: 0 0.15em; margin: 0 0.1em; }
li.nested { list-style: none; }
ul.checklist { list-style: none; }
.sources { margin-top: 2em; border-top: 1px solid #777; padding-top: 0.4em; }
.source-list { list-style: none; padding: 0; margin: 0; }
.source-list li { margin: 0 0 0.5em; padding-inline-start: 2.6em; text-indent: -2.6em; }
.source-list .number { display: inline-block; min-width: 2.4em; text-indent: 0; }
.source-list .fingerprint { letter-spacing: 0.05em; }
.source-list .file, .source-list .fingerprint { white-space: nowrap; }
`;

function bdi(html: string, language: string | null): string {
  const lang = language && langAttribute(language);
  const dir = lang ? directionOf(lang) : 'auto';
  return `<bdi dir="${dir}"${lang ? ` lang="${lang}"` : ''}>${html}</bdi>`;
}

/** One entry of the source list: [n] outlet, title, date, language, file name, fingerprint. */
function sourceEntry(source: BriefingSource, labels: ExportLabels, language: string): string {
  const number = `<li id="source-${source.number}"><span class="number"><bdi dir="ltr">[${source.number}]</bdi></span>`;
  // A deleted document keeps its number (the marks to it show [?]) but has nothing left to list.
  if (!source.exists) {
    return `${number}<span class="broken-note">${escapeHtml(labels.deletedSource)}</span></li>`;
  }
  const parts: string[] = [];
  if (source.outlet) parts.push(bdi(escapeImportedText(source.outlet), null));
  if (source.title) parts.push(bdi(escapeImportedText(source.title), source.language));
  // ISO dates (YYYY-MM-DD) read the same in every language and sort as they should.
  parts.push(
    source.publishedAt
      ? `<bdi dir="ltr">${escapeHtml(source.publishedAt)}</bdi>`
      : escapeHtml(labels.noDate),
  );
  if (langAttribute(source.language))
    parts.push(escapeHtml(languageName(source.language, language)));
  if (source.fileName)
    parts.push(
      `${escapeHtml(labels.file)}${labels.colon}<span class="file">${bdi(escapeImportedText(source.fileName), null)}</span>`,
    );
  if (source.fingerprint) {
    parts.push(
      `${escapeHtml(labels.fingerprint)}${labels.colon}<bdi class="fingerprint" dir="ltr">${escapeHtml(source.fingerprint)}</bdi>`,
    );
  }
  const separator = language === 'ar' ? '، ' : ', ';
  return `${number}${parts.join(separator)}</li>`;
}

function sourceList(view: BriefingView, labels: ExportLabels, language: string): string {
  if (view.sources.length === 0) return '';
  const entries = [...view.sources]
    .sort((a, b) => a.number - b.number)
    .map((source) => sourceEntry(source, labels, language))
    .join('');
  return `<section class="sources" id="sources"><h2>${escapeHtml(labels.sources)}</h2><ol class="source-list">${entries}</ol></section>`;
}

function headBlock(view: BriefingView, labels: ExportLabels, language: string): string {
  const { briefing } = view;
  const meta = [
    `${escapeHtml(labels.date)}${labels.colon}${escapeHtml(formatExportDate(view.exportedAt, language))}`,
  ];
  if (briefing.author.trim() !== '')
    meta.push(`${escapeHtml(labels.author)}${labels.colon}${escapeHtml(briefing.author)}`);
  return (
    '<header class="briefing-head">' +
    (briefing.handling.trim() !== ''
      ? `<p class="handling">${escapeHtml(briefing.handling)}</p>`
      : '') +
    `<h1 class="title">${escapeHtml(briefing.title)}</h1>` +
    `<p class="meta">${meta.join(' · ')}</p>` +
    '</header>'
  );
}

/** The briefing as one HTML page with its fonts, header block, body and source list. */
export function renderBriefingHtml(view: BriefingView): string {
  const language = view.briefing.language;
  const labels = labelsFor(language);
  const lang = langAttribute(language) ?? 'en';
  const body = renderNode(view.briefing.content.root, createBodyContext(view, labels), 0, false);
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${lang}" dir="${directionOf(language)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">\n` +
    `<title>${escapeHtml(view.briefing.title)}</title>\n` +
    `<style>\n${embeddedFontCss()}\n${PAGE_CSS}</style>\n</head>\n<body>\n` +
    `${headBlock(view, labels, language)}\n<main class="briefing-body">\n${body}\n</main>\n` +
    `${sourceList(view, labels, language)}\n</body>\n</html>\n`
  );
}

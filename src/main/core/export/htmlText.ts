// Text into HTML for exports: everything escaped, and in imported text the bidi control
// characters shown as visible marks (as the app's VisibleBidiText does) instead of being obeyed,
// so a stray RLO in a source cannot reorder the page around it.
import { BIDI_CONTROL_NAMES, BIDI_CONTROLS_SPLIT } from '../../../shared/text/bidi';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes for element content and double- or single-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** The name of a bidi control character (RLO, LRI, …), or undefined for any other character. */
export function bidiControlName(char: string): string | undefined {
  return BIDI_CONTROL_NAMES[char];
}

/** ⟨RLO⟩ for U+202E: how a control character is shown when it is not obeyed. */
export function bidiMarkLabel(char: string): string {
  return `⟨${BIDI_CONTROL_NAMES[char] ?? '?'}⟩`;
}

/** Imported text as HTML: escaped, bidi controls replaced by an isolated, visible mark. */
export function escapeImportedText(text: string): string {
  return text
    .split(BIDI_CONTROLS_SPLIT)
    .map((part, index) =>
      index % 2 === 1
        ? `<bdi class="bidi-mark" dir="ltr">${escapeHtml(bidiMarkLabel(part))}</bdi>`
        : escapeHtml(part),
    )
    .join('');
}

/** Imported text in plain-text formats (Markdown): the controls become ⟨RLO⟩ marks. */
export function visibleBidiControls(text: string): string {
  return text.replace(new RegExp(BIDI_CONTROLS_SPLIT.source, 'g'), (char) => bidiMarkLabel(char));
}

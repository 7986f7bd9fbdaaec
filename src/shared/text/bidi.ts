// The bidi control characters Parallax shows as visible marks (⟨RLO⟩) instead of obeying them, in
// the app and in exports alike: a stray override in a source must not reorder what is read.

export const BIDI_CONTROL_NAMES: Readonly<Record<string, string>> = {
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\u061C': 'ALM',
};

const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/;

/** Splits text so the controls land at the odd indexes (String.split with a capture group). */
export const BIDI_CONTROLS_SPLIT = /([\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C])/;

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}

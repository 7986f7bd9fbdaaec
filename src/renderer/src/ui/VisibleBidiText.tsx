// Imported text may carry bidi controls (RLO, LRI, …) that would reorder whatever surrounds them.
// They are shown as small badges instead of being obeyed; the text between them is kept as is.
import { Fragment } from 'react';

const BIDI_CONTROL_NAMES: Record<string, string> = {
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
const BIDI_CONTROLS_SPLIT = /([\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C])/;

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}

export function VisibleBidiText({ text }: { text: string }) {
  if (!hasBidiControls(text)) return <>{text}</>;
  return (
    <>
      {text.split(BIDI_CONTROLS_SPLIT).map((part, index) => {
        const name = index % 2 === 1 ? BIDI_CONTROL_NAMES[part] : undefined;
        if (!name) return <Fragment key={index}>{part}</Fragment>;
        const code = part.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
        return (
          <span
            key={index}
            className="bidi-mark"
            dir="ltr"
            title={`Bidi control character ${name} (U+${code}), shown and not applied`}
          >
            {`⟨${name}⟩`}
          </span>
        );
      })}
    </>
  );
}

// Imported text may carry bidi controls (RLO, LRI, …) that would reorder whatever surrounds them.
// They are shown as small badges instead of being obeyed; the text between them is kept as is.
import { Fragment } from 'react';
import {
  BIDI_CONTROL_NAMES,
  BIDI_CONTROLS_SPLIT,
  hasBidiControls,
} from '../../../shared/text/bidi';

export { hasBidiControls };

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

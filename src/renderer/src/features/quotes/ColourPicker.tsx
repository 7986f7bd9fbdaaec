// Ten palette colours as a radio group (arrow keys move between them) and a custom #rrggbb field.
// The value may be an unfinished custom entry; whoever saves it checks COLOR_PATTERN.
import { useId, useState } from 'react';
import { COLOR_PATTERN, TAG_PALETTE } from '../../../../shared/quotes/palette';

interface ColourPickerProps {
  value: string;
  onChange: (color: string) => void;
}

export function ColourPicker({ value, onChange }: ColourPickerProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const invalid = !COLOR_PATTERN.test(draft);
  const pick = (color: string) => {
    setDraft(color);
    onChange(color);
  };
  return (
    <fieldset className="colour-picker">
      <legend className="field__label">Colour</legend>
      <div className="colour-picker__palette">
        {TAG_PALETTE.map(({ name, color }) => (
          <label key={color} className="colour-picker__swatch" title={`${name} ${color}`}>
            <input
              type="radio"
              name={`${id}-palette`}
              className="colour-picker__radio"
              aria-label={name}
              checked={value.toLowerCase() === color}
              onChange={() => pick(color)}
            />
            <span className="colour-picker__chip" style={{ backgroundColor: color }} />
          </label>
        ))}
      </div>
      <div className="field field--inline colour-picker__custom">
        <label className="field__label" htmlFor={`${id}-custom`}>
          Custom
        </label>
        <input
          id={`${id}-custom`}
          type="text"
          className="colour-picker__input"
          placeholder="#rrggbb"
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => {
            const next = event.target.value.trim();
            setDraft(next);
            // Passed on even when incomplete: the dialog holds its button until it is a colour.
            onChange(next.toLowerCase());
          }}
        />
        <span
          className="colour-picker__preview"
          aria-hidden="true"
          style={{ backgroundColor: COLOR_PATTERN.test(draft) ? draft : 'transparent' }}
        />
      </div>
      {invalid && (
        <p id={`${id}-error`} className="field__error">
          A colour is # and six hex digits, such as #2456c4.
        </p>
      )}
    </fieldset>
  );
}

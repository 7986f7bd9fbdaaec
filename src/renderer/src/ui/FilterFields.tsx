// The labelled select and date fields that filter bars are made of (library, quote browser).
interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  /** After an "All" option (value ''). Labels isolate their text: titles may be Arabic. */
  options: readonly { value: string; label: string }[];
  className?: string;
  onChange: (value: string) => void;
}

export function SelectField({ id, label, value, options, className, onChange }: SelectFieldProps) {
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className={className}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface DateFieldProps {
  id: string;
  label: string;
  value: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
  invalid?: boolean;
  onChange: (value: string) => void;
}

export function DateField({ id, label, value, min, max, invalid, onChange }: DateFieldProps) {
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        min={min}
        max={max}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

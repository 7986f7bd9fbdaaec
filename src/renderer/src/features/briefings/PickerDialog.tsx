// A modal type-ahead: a search field over a list of options (combobox and listbox roles), moved
// through with the arrow keys and chosen with Enter or a click. What the options are is the
// caller's business: quotes for "Insert quote…", documents for "Cite source…".
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Dialog } from '../../ui';

interface PickerDialogProps<T> {
  title: string;
  inputLabel: string;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  items: readonly T[] | undefined;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Read by screen readers for the option, when its rendering is not plain text. */
  itemLabel: (item: T) => string;
  emptyText: string;
  error?: string | null;
  onPick: (item: T) => void;
  onClose: () => void;
}

export function PickerDialog<T>(props: PickerDialogProps<T>) {
  const { items, itemKey } = props;
  const id = useId();
  const [chosen, setActive] = useState(0);
  const count = items?.length ?? 0;
  // A shorter answer may arrive after a move: stay on its last option.
  const active = Math.max(0, Math.min(chosen, count - 1));

  const move = (to: number) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    document.getElementById(`${id}-option-${next}`)?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + 8,
      PageUp: active - 8,
    };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key] ?? 0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items?.[active];
      if (item !== undefined) props.onPick(item);
    }
  };

  return (
    <Dialog
      open
      wide
      title={props.title}
      onClose={props.onClose}
      footer={<Button onClick={props.onClose}>Cancel</Button>}
    >
      <div className="picker">
        <label className="field__label" htmlFor={`${id}-input`}>
          {props.inputLabel}
        </label>
        <input
          id={`${id}-input`}
          className="picker__input"
          type="search"
          dir="auto"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={count > 0 ? `${id}-option-${active}` : undefined}
          placeholder={props.placeholder}
          value={props.query}
          data-autofocus
          onChange={(event) => {
            // New words, new answer: start again at its first option.
            setActive(0);
            props.onQueryChange(event.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        {props.error && (
          <p className="field__error" role="alert">
            {props.error}
          </p>
        )}
        <ul id={`${id}-list`} className="picker__list" role="listbox" aria-label={props.title}>
          {items?.map((item, index) => (
            <li
              key={itemKey(item)}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              aria-label={props.itemLabel(item)}
              className="picker__option"
              onMouseMove={() => setActive(index)}
              onClick={() => props.onPick(item)}
            >
              {props.renderItem(item)}
            </li>
          ))}
        </ul>
        {items !== undefined && count === 0 && (
          <p className="briefing-tabs__empty">{props.emptyText}</p>
        )}
        {items === undefined && !props.error && <p className="briefing-tabs__empty">Loading…</p>}
      </div>
    </Dialog>
  );
}

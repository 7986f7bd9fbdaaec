// Choosing tags by typing: a combobox over the case's tags (shown by path, "Parent › Child") that
// offers to create a tag when the name typed is not one yet. Chosen tags show as removable chips;
// the first one colours the quote.
import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Tag, TagId } from '../../../../shared/domain';
import { exactTag, matchTags, tagPath } from '../../../../shared/quotes/tagMatch';
import { UNTAGGED_COLOR } from './useQuoteData';

export type ChosenTag = { kind: 'existing'; tag: Tag } | { kind: 'new'; name: string };

type Option = { kind: 'existing'; tag: Tag; path: string } | { kind: 'new'; name: string };

interface TagPickerProps {
  tags: readonly Tag[];
  tagsById: ReadonlyMap<TagId, Tag>;
  chosen: readonly ChosenTag[];
  onChange: (chosen: ChosenTag[]) => void;
  /** Enter with nothing typed: the form's default action (save). */
  onSubmit: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function chosenLabel(choice: ChosenTag, tagsById: ReadonlyMap<TagId, Tag>): string {
  return choice.kind === 'existing' ? tagPath(choice.tag, tagsById) : choice.name;
}

export function TagPicker({
  tags,
  tagsById,
  chosen,
  onChange,
  onSubmit,
  inputRef,
}: TagPickerProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const [listOpen, setListOpen] = useState(false);

  const options = useMemo((): Option[] => {
    const taken = new Set(chosen.flatMap((c) => (c.kind === 'existing' ? [c.tag.id] : [])));
    const found: Option[] = matchTags(tags, typed, taken).map((m) => ({ kind: 'existing', ...m }));
    const name = typed.trim();
    const newAlready = chosen.some((c) => c.kind === 'new' && c.name === name);
    if (name && !exactTag(tags, name) && !newAlready) found.push({ kind: 'new', name });
    return found;
  }, [tags, typed, chosen]);

  const expanded = listOpen && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (option: Option) => {
    onChange([
      ...chosen,
      option.kind === 'existing' ? { kind: 'existing', tag: option.tag } : option,
    ]);
    setTyped('');
    setActive(0);
    setListOpen(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setListOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[activeIndex];
      if (typed.trim() && option) choose(option);
      else if (!typed.trim()) onSubmit();
    } else if (event.key === 'Backspace' && typed === '' && chosen.length > 0) {
      onChange(chosen.slice(0, -1));
    }
  };

  return (
    <div className="tag-picker">
      {chosen.length > 0 && (
        <ul className="tag-picker__chosen" aria-label="Chosen tags">
          {chosen.map((choice, index) => {
            const label = chosenLabel(choice, tagsById);
            const color = choice.kind === 'existing' ? choice.tag.color : UNTAGGED_COLOR;
            return (
              <li key={label} className="tag-chip">
                <span className="tag-chip__dot" style={{ background: color }} aria-hidden="true" />
                <bdi>{label}</bdi>
                {choice.kind === 'new' && <span className="tag-chip__new">new</span>}
                <button
                  type="button"
                  className="tag-chip__remove"
                  aria-label={`Remove tag ${label}`}
                  onClick={() => onChange(chosen.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        ref={inputRef}
        type="text"
        className="tag-picker__input"
        role="combobox"
        aria-label="Tags"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        placeholder={chosen.length > 0 ? 'Add another tag…' : 'Find or create a tag…'}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
          setListOpen(event.target.value.trim() !== '');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setListOpen(false)}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching tags"
        className="tag-picker__list"
        hidden={!expanded}
      >
        {expanded &&
          options.map((option, index) => (
            <li
              key={option.kind === 'existing' ? option.tag.id : `new:${option.name}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'tag-option tag-option--active' : 'tag-option'}
              // Keeps the focus in the field while the mouse picks.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(option)}
            >
              {option.kind === 'existing' ? (
                <>
                  <span
                    className="tag-chip__dot"
                    style={{ background: option.tag.color }}
                    aria-hidden="true"
                  />
                  <bdi>{option.path}</bdi>
                </>
              ) : (
                <>
                  <span className="tag-option__create">Create tag</span>
                  <span>
                    “<bdi>{option.name}</bdi>”
                  </span>
                </>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}

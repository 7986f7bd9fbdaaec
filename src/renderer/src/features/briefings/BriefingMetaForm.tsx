// The briefing's own fields: title (renaming it), author, the handling line printed on every page,
// and its language (Arabic makes the whole briefing right-to-left). Each field is saved when it is
// left or Enter is pressed; a refused value stays in the field with the reason under it. A new
// briefing opens with its title selected, so typing names it and Enter goes on to the text.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { BriefingSummary } from '../../../../shared/domain';
import { api, useMutation } from '../../api';
import { languageName } from '../../ui';

export const BRIEFING_LANGUAGES = ['en', 'fr', 'ar'] as const;

type TextField = 'title' | 'author' | 'handling';

interface BriefingMetaFormProps {
  briefing: BriefingSummary;
  onSaved: (summary: BriefingSummary) => void;
  /** Focus the title with its text selected on mount (a briefing just created). */
  nameFirst?: boolean;
  /** Enter pressed in the title: where the user goes on writing. */
  onTitleEntered?: () => void;
}

export function BriefingMetaForm({
  briefing,
  onSaved,
  nameFirst = false,
  onTitleEntered,
}: BriefingMetaFormProps) {
  const id = useId();
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!nameFirst) return;
    titleInput.current?.focus();
    titleInput.current?.select();
  }, [nameFirst]);
  const [values, setValues] = useState({
    title: briefing.title,
    author: briefing.author,
    handling: briefing.handling,
  });
  const [saved, setSaved] = useState(values);
  const [errors, setErrors] = useState<Partial<Record<TextField | 'language', string>>>({});
  const update = useMutation(api.updateBriefing);

  const save = async (field: TextField | 'language', value: string) => {
    try {
      const summary = await update.run({ id: briefing.id, [field]: value });
      setErrors((current) => ({ ...current, [field]: undefined }));
      if (field !== 'language') setSaved((current) => ({ ...current, [field]: value.trim() }));
      onSaved(summary);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setErrors((current) => ({ ...current, [field]: message }));
    }
  };

  const commit = (field: TextField) => {
    if (values[field].trim() === saved[field]) return;
    void save(field, values[field]);
  };
  const onKeyDown = (field: TextField) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(field);
      if (field === 'title') onTitleEntered?.();
    } else if (event.key === 'Escape' && values[field] !== saved[field]) {
      event.stopPropagation();
      setValues((current) => ({ ...current, [field]: saved[field] }));
    }
  };

  const textField = (field: TextField, label: string, placeholder: string) => (
    <div className={`field briefing-meta__${field}`}>
      <label className="field__label" htmlFor={`${id}-${field}`}>
        {label}
      </label>
      <input
        id={`${id}-${field}`}
        ref={field === 'title' ? titleInput : undefined}
        dir="auto"
        value={values[field]}
        placeholder={placeholder}
        maxLength={500}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
        onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
        onBlur={() => commit(field)}
        onKeyDown={onKeyDown(field)}
      />
      {errors[field] && (
        <span id={`${id}-${field}-error`} className="field__error" role="alert">
          {errors[field]}
        </span>
      )}
    </div>
  );

  return (
    <form
      className="briefing-meta"
      aria-label="Briefing details"
      onSubmit={(event) => event.preventDefault()}
    >
      {textField('title', 'Title', 'Briefing title')}
      {textField('author', 'Author', 'Who wrote it')}
      {textField('handling', 'Handling', 'e.g. UNCLASSIFIED // FOR INTERNAL USE')}
      <div className="field briefing-meta__language">
        <label className="field__label" htmlFor={`${id}-language`}>
          Language
        </label>
        <select
          id={`${id}-language`}
          value={briefing.language}
          onChange={(event) => void save('language', event.target.value)}
        >
          {[...new Set<string>([...BRIEFING_LANGUAGES, briefing.language])].map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
        {errors.language && (
          <span className="field__error" role="alert">
            {errors.language}
          </span>
        )}
      </div>
    </form>
  );
}

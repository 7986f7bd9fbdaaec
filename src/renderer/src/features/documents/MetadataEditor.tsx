// Title, outlet, date and language of one document; each says whether the importer found it or
// the user set it. Validation uses the contract's own schema, so the messages match the core's.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { contract, type MethodInput } from '../../../../shared/contract';
import type { DocumentSummary, MetadataField } from '../../../../shared/domain';
import { Button, COMMON_LANGUAGES, languageName } from '../../ui';

type Changes = MethodInput<'updateDocumentMetadata'>['changes'];

interface FormValues {
  title: string;
  outlet: string;
  publishedAt: string;
  language: string;
}

function valuesOf(doc: DocumentSummary): FormValues {
  return {
    title: doc.title,
    outlet: doc.outlet ?? '',
    publishedAt: doc.publishedAt ?? '',
    language: doc.language,
  };
}

function changesBetween(doc: DocumentSummary, values: FormValues): Changes {
  const changes: Changes = {};
  if (values.title !== doc.title) changes.title = values.title;
  if (values.outlet.trim() !== (doc.outlet ?? '')) changes.outlet = values.outlet.trim() || null;
  if (values.publishedAt !== (doc.publishedAt ?? ''))
    changes.publishedAt = values.publishedAt || null;
  if (values.language !== doc.language) changes.language = values.language;
  return changes;
}

function validate(id: number, changes: Changes): Partial<Record<MetadataField, string>> {
  const parsed = contract.updateDocumentMetadata.input.safeParse({ id, changes });
  if (parsed.success) return {};
  const errors: Partial<Record<MetadataField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[1];
    if (
      field === 'title' ||
      field === 'outlet' ||
      field === 'publishedAt' ||
      field === 'language'
    ) {
      errors[field] ??= issue.message;
    }
  }
  return errors;
}

interface MetadataEditorProps {
  document: DocumentSummary;
  saving: boolean;
  onSave: (changes: Changes) => Promise<void>;
}

export function MetadataEditor({ document: doc, saving, onSave }: MetadataEditorProps) {
  const id = useId();
  const [values, setValues] = useState<FormValues>(() => valuesOf(doc));
  const [errors, setErrors] = useState<Partial<Record<MetadataField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const changes = changesBetween(doc, values);
  const dirty = Object.keys(changes).length > 0;
  const languages = COMMON_LANGUAGES.includes(values.language)
    ? COMMON_LANGUAGES
    : [values.language, ...COMMON_LANGUAGES];

  const update = (field: keyof FormValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    const found = validate(doc.id, changes);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      setFormError(null);
      await onSave(changes);
      setSaved(true);
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  const field = (
    name: MetadataField,
    label: string,
    control: (describedBy: string) => ReactNode,
  ) => {
    const originId = `${id}-${name}-origin`;
    const errorId = `${id}-${name}-error`;
    const origin = doc.metadataOrigin[name];
    return (
      <div className={`field field--${name}`}>
        <div className="field__label-row">
          <label className="field__label" htmlFor={`${id}-${name}`}>
            {label}
          </label>
          <span id={originId} className={`origin-tag origin-tag--${origin}`}>
            {origin === 'user' ? 'set by you' : 'detected'}
          </span>
        </div>
        {control(errors[name] ? `${originId} ${errorId}` : originId)}
        {errors[name] && (
          <span id={errorId} className="field__error">
            {errors[name]}
          </span>
        )}
      </div>
    );
  };

  return (
    <form
      className="metadata-editor"
      aria-label="Document details"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {field('title', 'Title', (describedBy) => (
        <input
          id={`${id}-title`}
          type="text"
          dir="auto"
          value={values.title}
          aria-describedby={describedBy}
          aria-invalid={errors.title ? true : undefined}
          onChange={(e) => update('title', e.target.value)}
        />
      ))}
      {field('outlet', 'Outlet', (describedBy) => (
        <input
          id={`${id}-outlet`}
          type="text"
          dir="auto"
          value={values.outlet}
          aria-describedby={describedBy}
          aria-invalid={errors.outlet ? true : undefined}
          onChange={(e) => update('outlet', e.target.value)}
        />
      ))}
      {field('publishedAt', 'Date', (describedBy) => (
        <input
          id={`${id}-publishedAt`}
          type="date"
          value={values.publishedAt}
          aria-describedby={describedBy}
          aria-invalid={errors.publishedAt ? true : undefined}
          onChange={(e) => update('publishedAt', e.target.value)}
        />
      ))}
      {field('language', 'Language', (describedBy) => (
        <select
          id={`${id}-language`}
          value={values.language}
          aria-describedby={describedBy}
          onChange={(e) => update('language', e.target.value)}
        >
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)} ({code})
            </option>
          ))}
        </select>
      ))}
      <div className="metadata-editor__actions">
        <Button type="submit" variant="primary" small disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
        <Button
          small
          variant="ghost"
          disabled={!dirty || saving}
          onClick={() => {
            setValues(valuesOf(doc));
            setErrors({});
            setFormError(null);
          }}
        >
          Revert
        </Button>
        <span className="metadata-editor__status" role="status">
          {saved && !dirty ? 'Saved' : ''}
        </span>
      </div>
      {formError && (
        <p className="field__error metadata-editor__form-error" role="alert">
          {formError}
        </p>
      )}
    </form>
  );
}

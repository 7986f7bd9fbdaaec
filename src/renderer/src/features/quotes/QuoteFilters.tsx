// The quote browser's filters: the tag chosen in the tree (with or without its sub-tags), words
// inside quotes and notes, and the source facets with their counts, and dates.
import { useId } from 'react';
import type { QuoteFilter } from '../../../../shared/domain';
import { Button, formatCount, languageName } from '../../ui';
import { isFiltered, withFilter, type QuoteFacets } from './filter';
import { tagPath, type TagForest } from './tagTree';

interface QuoteFiltersProps {
  filter: QuoteFilter;
  text: string;
  facets: QuoteFacets;
  forest: TagForest;
  onChange: (filter: QuoteFilter) => void;
  onText: (text: string) => void;
}

export function QuoteFilters({
  filter,
  text,
  facets,
  forest,
  onChange,
  onText,
}: QuoteFiltersProps) {
  const id = useId();
  const set = <K extends keyof QuoteFilter>(key: K, value: QuoteFilter[K] | '') =>
    onChange(withFilter(filter, key, value));
  const tag = filter.tagId === undefined ? undefined : forest.byId.get(filter.tagId);
  const dateError = filter.from && filter.to && filter.from > filter.to;

  return (
    <div className="quote-filters" role="group" aria-label="Filter quotes">
      <div className="quote-filters__line">
        <span className="quote-filters__scope" aria-live="polite">
          {tag ? (
            <>
              Tag <bdi className="quote-filters__tag">{tagPath(forest, tag.id)}</bdi>
            </>
          ) : filter.untagged ? (
            'Untagged quotes'
          ) : (
            'All quotes'
          )}
        </span>
        <label className="toggle">
          <input
            type="checkbox"
            checked={filter.includeSubtags !== false}
            disabled={!tag}
            onChange={(event) => set('includeSubtags', event.target.checked ? '' : false)}
          />
          Include sub-tags
        </label>
        <input
          type="search"
          className="quote-filters__words"
          aria-label="Words in quotes"
          placeholder="Words in quotes or notes"
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => onText(event.target.value)}
        />
        <Button small variant="ghost" disabled={!isFiltered(filter)} onClick={() => onChange({})}>
          Clear filters
        </Button>
      </div>
      <div className="quote-filters__line">
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-document`}>
            Document
          </label>
          <select
            id={`${id}-document`}
            className="quote-filters__document"
            value={filter.documentId ?? ''}
            onChange={(event) =>
              set(
                'documentId',
                event.target.value ? (Number(event.target.value) as QuoteFilter['documentId']) : '',
              )
            }
          >
            <option value="">All</option>
            {facets.documents.map((doc) => (
              <option key={doc.id} value={doc.id}>
                {`\u2068${doc.title}\u2069 (${formatCount(doc.count)})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-outlet`}>
            Outlet
          </label>
          <select
            id={`${id}-outlet`}
            value={filter.outlet ?? ''}
            onChange={(event) => set('outlet', event.target.value)}
          >
            <option value="">All</option>
            {facets.outlets.map((outlet) => (
              <option key={outlet.name} value={outlet.name}>
                {`\u2068${outlet.name}\u2069 (${formatCount(outlet.count)})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-language`}>
            Language
          </label>
          <select
            id={`${id}-language`}
            value={filter.language ?? ''}
            onChange={(event) => set('language', event.target.value)}
          >
            <option value="">All</option>
            {facets.languages.map((language) => (
              <option key={language.code} value={language.code}>
                {languageName(language.code)} ({formatCount(language.count)})
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-from`}>
            From
          </label>
          <input
            id={`${id}-from`}
            type="date"
            value={filter.from ?? ''}
            aria-invalid={dateError ? true : undefined}
            onChange={(event) => set('from', event.target.value)}
          />
        </div>
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-to`}>
            To
          </label>
          <input
            id={`${id}-to`}
            type="date"
            value={filter.to ?? ''}
            aria-invalid={dateError ? true : undefined}
            onChange={(event) => set('to', event.target.value)}
          />
        </div>
      </div>
    </div>
  );
}

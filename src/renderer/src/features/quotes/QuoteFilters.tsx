// The quote browser's filters: the tag chosen in the tree (with or without its sub-tags), words
// inside quotes and notes, and the source facets with their counts, and dates.
import { useId } from 'react';
import type { QuoteFilter } from '../../../../shared/domain';
import { Button, DateField, SelectField, formatCount, languageName } from '../../ui';
import { isFiltered, withFilter, type QuoteFacets } from './filter';
import { tagPath, type TagForest } from './tagTree';

/** The option value for documents without an outlet; no outlet name can be a lone NUL. */
const NO_OUTLET = '\u0000';

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
        <SelectField
          id={`${id}-document`}
          label="Document"
          className="quote-filters__document"
          value={filter.documentId === undefined ? '' : String(filter.documentId)}
          options={facets.documents.map((doc) => ({
            value: String(doc.id),
            label: `\u2068${doc.title}\u2069 (${formatCount(doc.count)})`,
          }))}
          onChange={(value) =>
            set('documentId', value ? (Number(value) as QuoteFilter['documentId']) : '')
          }
        />
        <SelectField
          id={`${id}-outlet`}
          label="Outlet"
          value={filter.outlet === null ? NO_OUTLET : (filter.outlet ?? '')}
          options={[
            ...facets.outlets.map((outlet) => ({
              value: outlet.name,
              label: `\u2068${outlet.name}\u2069 (${formatCount(outlet.count)})`,
            })),
            ...(facets.noOutlet > 0 || filter.outlet === null
              ? [{ value: NO_OUTLET, label: `No outlet (${formatCount(facets.noOutlet)})` }]
              : []),
          ]}
          onChange={(value) => set('outlet', value === NO_OUTLET ? null : value)}
        />
        <SelectField
          id={`${id}-language`}
          label="Language"
          value={filter.language ?? ''}
          options={facets.languages.map((language) => ({
            value: language.code,
            label: `${languageName(language.code)} (${formatCount(language.count)})`,
          }))}
          onChange={(value) => set('language', value)}
        />
        <DateField
          id={`${id}-from`}
          label="From"
          value={filter.from}
          invalid={Boolean(dateError)}
          onChange={(value) => set('from', value)}
        />
        <DateField
          id={`${id}-to`}
          label="To"
          value={filter.to}
          invalid={Boolean(dateError)}
          onChange={(value) => set('to', value)}
        />
      </div>
    </div>
  );
}

import { useId } from 'react';
import type { LibraryFacets } from '../../../../shared/contract';
import { Button, languageName } from '../../ui';

export interface LibraryFilter {
  language?: string;
  outlet?: string;
  from?: string;
  to?: string;
}

interface LibraryFiltersProps {
  facets: LibraryFacets | undefined;
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
}

function withValue(filter: LibraryFilter, key: keyof LibraryFilter, value: string): LibraryFilter {
  const { [key]: _previous, ...rest } = filter;
  return value ? { ...rest, [key]: value } : rest;
}

export function LibraryFilters({ facets, filter, onChange }: LibraryFiltersProps) {
  const id = useId();
  const active = Object.keys(filter).length > 0;
  const set = (key: keyof LibraryFilter) => (value: string) =>
    onChange(withValue(filter, key, value));
  const dateError = filter.from && filter.to && filter.from > filter.to;

  return (
    <div className="library-filters" role="group" aria-label="Filter documents">
      <div className="field field--inline">
        <label className="field__label" htmlFor={`${id}-language`}>
          Language
        </label>
        <select
          id={`${id}-language`}
          value={filter.language ?? ''}
          onChange={(event) => set('language')(event.target.value)}
        >
          <option value="">All</option>
          {facets?.languages.map((language) => (
            <option key={language.code} value={language.code}>
              {languageName(language.code)} ({language.count})
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
          onChange={(event) => set('outlet')(event.target.value)}
        >
          <option value="">All</option>
          {facets?.outlets.map((outlet) => (
            <option key={outlet.name} value={outlet.name}>
              {outlet.name} ({outlet.count})
            </option>
          ))}
        </select>
      </div>
      <div className="library-filters__dates">
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-from`}>
            From
          </label>
          <input
            id={`${id}-from`}
            type="date"
            value={filter.from ?? ''}
            max={filter.to}
            onChange={(event) => set('from')(event.target.value)}
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
            min={filter.from}
            onChange={(event) => set('to')(event.target.value)}
          />
        </div>
      </div>
      {active && (
        <Button variant="ghost" small onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
      {dateError && (
        <span className="field__error" role="alert">
          “From” is after “To”: no document can match.
        </span>
      )}
    </div>
  );
}

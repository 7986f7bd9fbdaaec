import { useId } from 'react';
import type { LibraryFacets } from '../../../../shared/contract';
import { Button, DateField, SelectField, languageName } from '../../ui';

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
      <SelectField
        id={`${id}-language`}
        label="Language"
        value={filter.language ?? ''}
        options={(facets?.languages ?? []).map((language) => ({
          value: language.code,
          label: `${languageName(language.code)} (${language.count})`,
        }))}
        onChange={set('language')}
      />
      <SelectField
        id={`${id}-outlet`}
        label="Outlet"
        value={filter.outlet ?? ''}
        options={(facets?.outlets ?? []).map((outlet) => ({
          value: outlet.name,
          label: `\u2068${outlet.name}\u2069 (${outlet.count})`,
        }))}
        onChange={set('outlet')}
      />
      <div className="library-filters__dates">
        <DateField
          id={`${id}-from`}
          label="From"
          value={filter.from}
          max={filter.to}
          onChange={set('from')}
        />
        <DateField
          id={`${id}-to`}
          label="To"
          value={filter.to}
          min={filter.from}
          onChange={set('to')}
        />
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

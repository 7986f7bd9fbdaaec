// The quote browser's header: what is shown and how many, list or matrix, grouping, export.
import type { ReactNode } from 'react';
import type { QuoteGrouping } from '../../../../shared/domain';
import { Button, formatCount, plural } from '../../ui';
import type { MatrixAxis, QuotesView } from './useQuotesState';

interface QuotesToolbarProps {
  shown: number;
  loaded: number;
  total: number;
  complete: boolean;
  view: QuotesView;
  onView: (view: QuotesView) => void;
  groupBy: QuoteGrouping;
  onGroupBy: (groupBy: QuoteGrouping) => void;
  matrixBy: MatrixAxis;
  onMatrixBy: (axis: MatrixAxis) => void;
  exportButtons: ReactNode;
  onBack: () => void;
}

function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="segmented__option"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

export function QuotesToolbar(props: QuotesToolbarProps) {
  const { shown, loaded, total, complete, view } = props;
  return (
    <div className="quotes-toolbar">
      <Button small variant="ghost" onClick={props.onBack}>
        ← Back to library
      </Button>
      <h2 className="pane-title">
        Quotes
        <span className="pane-title__count" role="status">
          {loaded === 0 && !complete
            ? 'loading…'
            : `${plural(shown, 'quote')}${complete ? '' : ` (loading ${formatCount(loaded)} of ${formatCount(total)})`}`}
        </span>
      </h2>
      <span className="quotes-toolbar__spacer" />
      <Segmented
        label="View"
        value={view}
        onChange={props.onView}
        options={[
          { value: 'list', label: 'List' },
          { value: 'matrix', label: 'Matrix' },
        ]}
      />
      {view === 'list' ? (
        <Segmented
          label="Group by"
          value={props.groupBy}
          onChange={props.onGroupBy}
          options={[
            { value: 'tag', label: 'By tag' },
            { value: 'document', label: 'By document' },
          ]}
        />
      ) : (
        <Segmented
          label="Columns"
          value={props.matrixBy}
          onChange={props.onMatrixBy}
          options={[
            { value: 'outlet', label: 'Outlets' },
            { value: 'language', label: 'Languages' },
          ]}
        />
      )}
      {props.exportButtons}
    </div>
  );
}

// Loads the tag × outlet (or language) counts for the current filter; counts either the quotes
// filed under each tag itself or those of its whole subtree.
import { useId, useState } from 'react';
import type { QuoteFilter } from '../../../../shared/domain';
import { api, useQuery } from '../../api';
import { Button } from '../../ui';
import { QuoteMatrix } from './QuoteMatrix';
import type { TagForest } from './tagTree';
import type { MatrixAxis } from './useQuotesState';

interface QuoteMatrixContainerProps {
  by: MatrixAxis;
  filter: QuoteFilter;
  forest: TagForest;
  onPick: (tagId: number, column: string, includeSubtags: boolean) => void;
}

export function QuoteMatrixContainer({ by, filter, forest, onPick }: QuoteMatrixContainerProps) {
  const input = { by, filter };
  const [withSubtags, setWithSubtags] = useState(false);
  const toggleId = useId();
  const matrix = useQuery(`quotes:matrix:${JSON.stringify(input)}`, () =>
    api.getQuoteMatrix(input),
  );
  if (matrix.error) {
    return (
      <div className="pane-error" role="alert">
        <span>The matrix could not be loaded: {matrix.error.message}</span>
        <Button small onClick={matrix.refresh}>
          Retry
        </Button>
      </div>
    );
  }
  if (!matrix.data) return <p className="pane-placeholder">Counting…</p>;
  return (
    <div
      className={
        matrix.loading ? 'quote-matrix-pane quote-matrix-pane--stale' : 'quote-matrix-pane'
      }
      aria-busy={matrix.loading}
    >
      <label className="quote-matrix__option" htmlFor={toggleId}>
        <input
          id={toggleId}
          type="checkbox"
          checked={withSubtags}
          onChange={(event) => setWithSubtags(event.target.checked)}
        />
        Count sub-tags’ quotes under their parents
      </label>
      <QuoteMatrix
        matrix={matrix.data}
        forest={forest}
        withSubtags={withSubtags}
        onPick={(tagId, column) => onPick(tagId, column, withSubtags)}
      />
    </div>
  );
}

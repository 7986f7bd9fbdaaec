// Loads the tag × outlet (or language) counts for the current filter.
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
  onPick: (tagId: number, column: string) => void;
}

export function QuoteMatrixContainer({ by, filter, forest, onPick }: QuoteMatrixContainerProps) {
  const input = { by, filter };
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
      <QuoteMatrix matrix={matrix.data} forest={forest} onPick={onPick} />
    </div>
  );
}

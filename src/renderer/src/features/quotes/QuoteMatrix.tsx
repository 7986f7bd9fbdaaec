// Tag × outlet (or language) counts: which sources say what. Rows follow the tag tree, indented;
// a cell opens the list filtered to that tag (alone or with its sub-tags, as counted) and that
// outlet (or no outlet) or language.
import type { QuoteMatrix as Matrix } from '../../../../shared/domain';
import { formatCount, languageName, plural } from '../../ui';
import type { TagForest } from './tagTree';

interface QuoteMatrixProps {
  matrix: Matrix;
  forest: TagForest;
  /** Each row counts its tag's whole subtree (each quote once) instead of the tag alone. */
  withSubtags: boolean;
  onPick: (tagId: number, column: string) => void;
}

function columnLabel(by: Matrix['by'], column: string): string {
  if (by === 'language') return `${languageName(column)} (${column})`;
  return column === '' ? 'No outlet' : column;
}

export function QuoteMatrix({ matrix, forest, withSubtags, onPick }: QuoteMatrixProps) {
  const byTag = new Map(matrix.rows.map((row) => [row.tagId as number, row]));
  // Tags with counts, and their ancestors so each row keeps its place in the tree.
  const shown = new Set<number>();
  for (const tagId of byTag.keys()) {
    let current = forest.byId.get(tagId);
    while (current && !shown.has(current.id)) {
      shown.add(current.id);
      current = current.parentId === null ? undefined : forest.byId.get(current.parentId);
    }
  }
  const rows = forest.ordered.filter(({ tag }) => shown.has(tag.id));
  if (rows.length === 0) {
    return <p className="pane-placeholder">No tagged quote matches these filters.</p>;
  }
  const axis = matrix.by === 'outlet' ? 'outlet' : 'language';
  return (
    <div className="quote-matrix">
      <table className="quote-matrix__table">
        <caption className="visually-hidden">Quotes per tag and {axis}</caption>
        <thead>
          <tr>
            <th scope="col">Tag</th>
            {matrix.columns.map((column) => (
              <th key={column} scope="col" className="quote-matrix__column">
                <bdi dir="auto">{columnLabel(matrix.by, column)}</bdi>
              </th>
            ))}
            <th scope="col" className="quote-matrix__column">
              All
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ tag, depth }) => {
            const row = byTag.get(tag.id);
            return (
              <tr key={tag.id}>
                <th
                  scope="row"
                  className="quote-matrix__tag"
                  style={{ paddingInlineStart: 8 + depth * 16 }}
                >
                  <span
                    className="tag-swatch"
                    aria-hidden="true"
                    style={{ backgroundColor: tag.color }}
                  />
                  <bdi dir="auto">{tag.name}</bdi>
                </th>
                {matrix.columns.map((column, index) => {
                  const count = (withSubtags ? row?.subtreeCounts : row?.counts)?.[index] ?? 0;
                  const clickable = count > 0;
                  return (
                    <td key={column} className="quote-matrix__cell">
                      {clickable ? (
                        <button
                          type="button"
                          className="quote-matrix__count"
                          aria-label={`${plural(count, 'quote')} under ${tag.name}${withSubtags ? ' and its sub-tags' : ''} from ${columnLabel(matrix.by, column)}`}
                          onClick={() => onPick(tag.id, column)}
                        >
                          {formatCount(count)}
                        </button>
                      ) : count > 0 ? (
                        formatCount(count)
                      ) : (
                        <span className="quote-matrix__zero">·</span>
                      )}
                    </td>
                  );
                })}
                <td className="quote-matrix__cell quote-matrix__total">
                  {row ? formatCount(withSubtags ? row.subtreeTotal : row.total) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

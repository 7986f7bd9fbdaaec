// Fetches the library in pages (with its filters and sort) and owns selection, bulk delete, and
// opening the selection side by side.
import { useEffect, useState, type Ref } from 'react';
import { api, useMutation, useQuery } from '../../api';
import { Button, ConfirmDialog, VisibleBidiText, plural, useReportError } from '../../ui';
import { LibraryFilters, type LibraryFilter } from './LibraryFilters';
import { LibraryTable, type LibrarySort } from './LibraryTable';
import { useDocumentWindow } from './useDocumentWindow';
import { useSelection } from './useSelection';

interface LibraryContainerProps {
  openedId: number | null;
  onOpen: (id: number) => void;
  onDeleted: (ids: number[]) => void;
  /** Opens the selected documents in the parallel reader (two to four of them). */
  onReadSideBySide: (ids: number[]) => void;
  /** Told the selected ids, in list order, whenever they change (for the app command). */
  onSelectionChange?: (ids: number[]) => void;
  /** How the "Read side by side" shortcut reads on this platform. */
  readShortcut: string;
  gridRef?: Ref<HTMLDivElement>;
}

const MAX_LISTED_IN_CONFIRMATION = 6;
export const READER_MIN_DOCUMENTS = 2;
export const READER_MAX_DOCUMENTS = 4;

export function LibraryContainer({
  openedId,
  onOpen,
  onDeleted,
  onReadSideBySide,
  onSelectionChange,
  readShortcut,
  gridRef,
}: LibraryContainerProps) {
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [sort, setSort] = useState<LibrarySort>({ key: 'importedAt', descending: true });
  const [confirming, setConfirming] = useState(false);
  const reportError = useReportError();

  const rows = useDocumentWindow(filter, sort);
  const facets = useQuery('facets', () => api.getLibraryFacets({}));
  const selection = useSelection(rows);
  // A new filter hides rows: a selection the user can no longer see must not be deleted.
  const changeFilter = (next: LibraryFilter) => {
    setFilter(next);
    selection.clear();
  };
  // The confirmation below names the quotes and briefings at stake, so confirming covers them.
  const remove = useMutation((toDelete: number[]) =>
    api.deleteDocuments({ ids: toDelete, confirmCited: true }),
  );
  // Quotes go with their documents: the confirmation says how many before anything is lost.
  const [atStake, setAtStake] = useState<{
    quotes: number;
    citedBy: { title: string; citations: number }[];
  } | null>(null);
  const requestDelete = () => {
    setAtStake(null);
    setConfirming(true);
    api
      .countDocumentQuotes({ documentIds: selection.selectedIds })
      .then(setAtStake)
      .catch(reportError);
  };

  // Titles of the selected rows that are loaded; the rest are counted ("and N more").
  const selectedDocs = selection.selectedIds.flatMap((id) => {
    const found = rows.find(id);
    return found ? [found.row] : [];
  });
  const unlisted =
    selection.selectedIds.length - Math.min(selectedDocs.length, MAX_LISTED_IN_CONFIRMATION);
  const filtered = Object.keys(filter).length > 0;
  const { selectedIds } = selection;
  const canRead =
    selectedIds.length >= READER_MIN_DOCUMENTS && selectedIds.length <= READER_MAX_DOCUMENTS;

  useEffect(() => {
    onSelectionChange?.(selectedIds);
  }, [selectedIds, onSelectionChange]);

  const confirmDelete = async () => {
    const toDelete = selection.selectedIds;
    try {
      await remove.run(toDelete);
      setConfirming(false);
      selection.clear();
      onDeleted(toDelete);
    } catch (error) {
      setConfirming(false);
      reportError(error);
    }
  };

  return (
    <section className="library" aria-label="Library">
      <header className="library__header">
        <h2 className="pane-title">
          Library <span className="pane-title__count">{plural(rows.total, 'document')}</span>
        </h2>
        <div className="library__actions">
          {selection.selectedIds.length > 0 && (
            <span className="library__selected">{selection.selectedIds.length} selected</span>
          )}
          <Button
            small
            variant="primary"
            disabled={!canRead}
            title={
              canRead
                ? `Read the selected documents in parallel columns (${readShortcut})`
                : `Select ${READER_MIN_DOCUMENTS} to ${READER_MAX_DOCUMENTS} documents (Ctrl-click or Shift-click) to read them side by side`
            }
            onClick={() => onReadSideBySide(selectedIds)}
          >
            Read side by side
          </Button>
          <Button
            small
            variant="danger"
            disabled={selection.selectedIds.length === 0}
            onClick={() => setConfirming(true)}
          >
            Delete…
          </Button>
        </div>
      </header>
      <LibraryFilters facets={facets.data} filter={filter} onChange={changeFilter} />
      {rows.error && (
        <div className="pane-error" role="alert">
          <span>Could not load the library: {rows.error.message}</span>
          <Button small onClick={rows.refresh}>
            Retry
          </Button>
        </div>
      )}
      {rows.total === 0 && (!rows.ready || rows.loading || rows.error) ? null : rows.total === 0 ? (
        <div className="empty-state">
          {filtered ? (
            <p>No documents match these filters.</p>
          ) : (
            <>
              <p className="empty-state__title">This case has no documents yet</p>
              <p>Drop text files here or use Import files…</p>
            </>
          )}
        </div>
      ) : (
        <LibraryTable
          rows={rows}
          selection={selection}
          openedId={openedId}
          sort={sort}
          onSort={setSort}
          onOpen={onOpen}
          onDeleteRequest={requestDelete}
          gridRef={gridRef}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete ${plural(selectedIds.length, 'document')}?`}
        confirmLabel="Delete"
        danger
        busy={remove.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirmDelete()}
      >
        <p>These documents and everything attached to them will be removed from the case:</p>
        <ul className="confirm-list">
          {selectedDocs.slice(0, MAX_LISTED_IN_CONFIRMATION).map((doc) => (
            <li key={doc.id} dir="auto">
              <VisibleBidiText text={doc.title} />
            </li>
          ))}
          {unlisted > 0 && <li>and {unlisted} more</li>}
        </ul>
        {atStake !== null && atStake.quotes > 0 && (
          <p className="dialog__warning" role="alert">
            {plural(atStake.quotes, 'quote')} tagged in them will be deleted too.
          </p>
        )}
        {atStake !== null && atStake.citedBy.length > 0 && (
          <p className="dialog__warning" role="alert">
            Cited in {atStake.citedBy.map((b) => `“${b.title}”`).join(', ')}: those citations will
            show as broken.
          </p>
        )}
        <p className="dialog__note">This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}

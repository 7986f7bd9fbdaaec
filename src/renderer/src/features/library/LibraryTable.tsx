// The document list: a virtualised ARIA grid over a paged window of rows, so 100,000 documents
// cost what 30 do; rows whose page is still loading show as placeholders.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type Ref } from 'react';
import type { DocumentSortKey } from '../../../../shared/domain';
import type { KeyHelp } from '../../ui';
import { LibraryRow, PlaceholderRow, rowDomId } from './LibraryRow';
import type { DocumentWindow } from './useDocumentWindow';
import type { Selection } from './useSelection';

const ROW_HEIGHT = 40;

/** The keys onKeyDown below handles, for the shortcuts sheet. */
export const LIBRARY_KEY_HELP: KeyHelp = [
  ['↑ ↓', 'move (with Shift: extend the selection)'],
  ['PageUp PageDown Home End', 'move by a page, to the first or last document'],
  ['Enter', 'open the document'],
  ['Space', 'select or unselect it'],
  ['CmdOrCtrl+A', 'select every document'],
  ['Delete', 'delete the selected documents (asks first)'],
];

export interface LibrarySort {
  key: DocumentSortKey;
  descending: boolean;
}

const COLUMNS: { key: DocumentSortKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'publishedAt', label: 'Date' },
  { key: 'language', label: 'Lang.' },
  { key: 'chars', label: 'Length' },
];

interface LibraryTableProps {
  rows: DocumentWindow;
  selection: Selection;
  openedId: number | null;
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  onOpen: (id: number) => void;
  onDeleteRequest: () => void;
  gridRef?: Ref<HTMLDivElement>;
}

export function LibraryTable({
  rows,
  selection,
  openedId,
  sort,
  onSort,
  onOpen,
  onDeleteRequest,
  gridRef,
}: LibraryTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual keeps its own mutable state; it is re-read on each render by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const { activeIndex } = selection;
  const { total, request } = rows;
  const items = virtualizer.getVirtualItems();
  const firstVisible = items[0]?.index ?? 0;
  const lastVisible = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastVisible >= 0) request(firstVisible, lastVisible);
  }, [firstVisible, lastVisible, request]);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const openAt = (index: number) => {
    const doc = rows.rowAt(index);
    if (doc) onOpen(doc.id);
  };

  const moveTo = (index: number, extend: boolean) => {
    // The target may sit on a page not loaded yet (PageDown, End): show it while it loads.
    virtualizer.scrollToIndex(Math.max(0, Math.min(total - 1, index)), { align: 'auto' });
    void selection.move(index, extend).then((id) => {
      if (!extend && id !== undefined) onOpen(id);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || total === 0) return;
    const current = activeIndex < 0 ? -1 : activeIndex;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: Math.max(0, current - 1),
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target, event.shiftKey);
    } else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      openAt(current);
    } else if (event.key === ' ' && current >= 0) {
      event.preventDefault();
      void selection.toggle(current);
    } else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void selection.selectAll();
    } else if (event.key === 'Delete' && selection.selectedIds.length > 0) {
      event.preventDefault();
      onDeleteRequest();
    }
  };

  const activeDoc = activeIndex >= 0 ? rows.rowAt(activeIndex) : undefined;
  const allSelected = total > 0 && selection.selectedIds.length === total;

  return (
    <div
      ref={gridRef}
      className="library-table"
      role="grid"
      aria-label="Documents"
      aria-multiselectable="true"
      aria-rowcount={total + 1}
      aria-activedescendant={activeDoc ? rowDomId(activeDoc.id) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="library-table__head">
        <div role="row" aria-rowindex={1} className="library-row library-row--head">
          <div role="columnheader" className="library-cell library-cell--check">
            <input
              type="checkbox"
              tabIndex={-1}
              aria-label="Select all documents"
              checked={allSelected}
              disabled={total === 0}
              onChange={() => (allSelected ? selection.clear() : void selection.selectAll())}
            />
          </div>
          {COLUMNS.map((column) => {
            const active = sort.key === column.key;
            const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={ariaSort}
                className={`library-cell library-cell--${column.key === 'publishedAt' ? 'date' : column.key === 'chars' ? 'length' : column.key}`}
              >
                <button
                  type="button"
                  className="sort-button"
                  tabIndex={-1}
                  aria-label={`Sort by ${column.label.replace('.', '')}`}
                  onClick={() =>
                    onSort({ key: column.key, descending: active ? !sort.descending : false })
                  }
                >
                  {column.label}
                  <span className="sort-button__arrow" aria-hidden="true">
                    {active ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" className="library-table__body">
        <div className="library-table__spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const doc = rows.rowAt(item.index);
            if (!doc) {
              return (
                <PlaceholderRow
                  key={`placeholder-${item.index}`}
                  rowIndex={item.index + 2}
                  top={item.start}
                  height={item.size}
                />
              );
            }
            return (
              <LibraryRow
                key={doc.id}
                document={doc}
                rowIndex={item.index + 2}
                top={item.start}
                height={item.size}
                selected={selection.isSelected(doc.id)}
                active={item.index === activeIndex}
                opened={doc.id === openedId}
                onToggle={() => void selection.toggle(item.index)}
                onClick={(event) => {
                  const toggle = event.ctrlKey || event.metaKey;
                  void selection.select(item.index, { toggle, range: event.shiftKey });
                  if (!toggle && !event.shiftKey) onOpen(doc.id);
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

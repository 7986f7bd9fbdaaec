// The tag tree: "All quotes" and "Untagged" above the tags; click or Enter filters the browser,
// arrows walk the tree, F2 renames, Delete deletes, the context-menu key opens the tag's actions.
// Dragging a tag onto another makes it a sub-tag; onto the top strip, a top-level tag.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Tag } from '../../../../shared/domain';
import { formatCount, type KeyHelp } from '../../ui';
import type { DropHandlers } from './TagTreeItem';
import { TagTreeItem } from './TagTreeItem';
import { subtreeIds, type TagForest, type VisibleTag } from './tagTree';
import type { TagCounts } from './useTagData';

/** The keys onKeyDown below handles, for the shortcuts sheet. */
export const TAG_TREE_KEY_HELP: KeyHelp = [
  ['↑ ↓ Home End', 'move between tags'],
  ['→ ←', 'open or close a tag, go to its parent'],
  ['Enter', "show the tag's quotes"],
  ['F2', 'rename'],
  ['Delete', 'delete (its quotes keep their other tags)'],
  ['Shift+F10', "the tag's actions: recolour, move, merge"],
];

const TAG_DRAG_TYPE = 'application/x-parallax-tag';

interface TagTreeProps {
  rows: VisibleTag[];
  forest: TagForest;
  counts: TagCounts | undefined;
  selectedTagId: number | null;
  untaggedSelected: boolean;
  renamingId: number | null;
  focusedId: number | null;
  onFocus: (id: number) => void;
  onShowTag: (tagId: number | null, options?: { untagged?: boolean }) => void;
  onToggle: (id: number, expand?: boolean) => void;
  onRenameStart: (id: number) => void;
  onRenameCommit: (id: number, name: string) => void;
  onRenameCancel: () => void;
  onMove: (id: number, parentId: number | null) => void;
  onMenu: (tag: Tag, at: { x: number; y: number }) => void;
  onDeleteRequest: (tag: Tag) => void;
}

export function TagTree(props: TagTreeProps) {
  const { rows, counts, selectedTagId, untaggedSelected, focusedId } = props;
  const [drag, setDrag] = useState<{ id: number; excluded: Set<number> } | null>(null);
  const [dropTarget, setDropTarget] = useState<number | 'top' | null>(null);
  const activeId = rows.some((r) => r.tag.id === focusedId) ? focusedId : (rows[0]?.tag.id ?? null);

  const focusRow = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    props.onFocus(row.tag.id);
    document.querySelector<HTMLElement>(`[data-tag-id="${row.tag.id}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    const index = rows.findIndex((r) => r.tag.id === activeId);
    const row = rows[index];
    if (!row) return;
    const { tag } = row;
    let handled = true;
    if (event.key === 'ArrowDown') focusRow(index + 1);
    else if (event.key === 'ArrowUp') focusRow(index - 1);
    else if (event.key === 'Home') focusRow(0);
    else if (event.key === 'End') focusRow(rows.length - 1);
    else if (event.key === 'ArrowRight') {
      if (row.hasChildren && !row.expanded) props.onToggle(tag.id, true);
      else if (row.expanded) focusRow(index + 1);
    } else if (event.key === 'ArrowLeft') {
      if (row.expanded) props.onToggle(tag.id, false);
      else if (tag.parentId !== null) focusRow(rows.findIndex((r) => r.tag.id === tag.parentId));
    } else if (event.key === 'Enter' || event.key === ' ') props.onShowTag(tag.id);
    else if (event.key === 'F2') props.onRenameStart(tag.id);
    else if (event.key === 'Delete') props.onDeleteRequest(tag);
    else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      const box = (event.target as HTMLElement).getBoundingClientRect();
      props.onMenu(tag, { x: box.left + 24, y: box.bottom });
    } else handled = false;
    if (handled) event.preventDefault();
  };

  const endDrag = () => {
    setDrag(null);
    setDropTarget(null);
  };
  const accepts = (event: DragEvent<HTMLElement>, target: number | 'top') => {
    if (!drag || !event.dataTransfer.types.includes(TAG_DRAG_TYPE)) return false;
    return target === 'top' || !drag.excluded.has(target);
  };
  const dropOn = (target: number | 'top'): Omit<DropHandlers, 'draggable' | 'onDragStart'> => ({
    onDragEnd: endDrag,
    onDragOver: (event) => {
      if (!accepts(event, target)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setDropTarget(target);
    },
    onDragLeave: () => setDropTarget((current) => (current === target ? null : current)),
    onDrop: (event) => {
      if (!drag || !accepts(event, target)) return;
      event.preventDefault();
      props.onMove(drag.id, target === 'top' ? null : target);
      endDrag();
    },
  });

  const filterButton = (
    label: string,
    count: number | undefined,
    pressed: boolean,
    show: () => void,
  ) => (
    <button type="button" className="tag-filter" aria-pressed={pressed} onClick={show}>
      <span>{label}</span>
      <span className="tag-item__count">{count === undefined ? '' : formatCount(count)}</span>
    </button>
  );

  return (
    <div className="tag-tree">
      <div className="tag-tree__filters">
        {filterButton('All quotes', counts?.all, selectedTagId === null && !untaggedSelected, () =>
          props.onShowTag(null),
        )}
        {filterButton('Untagged', counts?.untagged, untaggedSelected, () =>
          props.onShowTag(null, { untagged: true }),
        )}
      </div>
      <div
        className={[
          'tag-tree__top-drop',
          drag && 'tag-tree__top-drop--active',
          dropTarget === 'top' && 'tag-tree__top-drop--over',
        ]
          .filter(Boolean)
          .join(' ')}
        data-testid="tag-top-drop"
        {...dropOn('top')}
      >
        {drag ? 'Drop here to move to the top level' : 'Drag a tag onto another to nest it'}
      </div>
      {rows.length === 0 ? (
        <p className="tag-tree__empty">No tags yet. Create one, or tag a passage in a document.</p>
      ) : (
        <ul role="tree" aria-label="Tags" className="tag-tree__list" onKeyDown={onKeyDown}>
          {rows.map((row) => (
            <TagTreeItem
              key={row.tag.id}
              row={row}
              withSubtags={row.hasChildren ? counts?.withSubtags.get(row.tag.id) : undefined}
              selected={row.tag.id === selectedTagId}
              focusable={row.tag.id === activeId}
              renaming={row.tag.id === props.renamingId}
              dropTarget={dropTarget === row.tag.id}
              dragging={drag?.id === row.tag.id}
              drop={{
                draggable: true,
                onDragStart: (event) => {
                  event.dataTransfer.setData(TAG_DRAG_TYPE, String(row.tag.id));
                  event.dataTransfer.setData('text/plain', row.tag.name);
                  event.dataTransfer.effectAllowed = 'move';
                  setDrag({ id: row.tag.id, excluded: subtreeIds(props.forest, row.tag.id) });
                },
                ...dropOn(row.tag.id),
              }}
              onClick={() => {
                props.onFocus(row.tag.id);
                props.onShowTag(row.tag.id);
              }}
              onToggle={() => props.onToggle(row.tag.id)}
              onRenameStart={() => props.onRenameStart(row.tag.id)}
              onRenameCommit={(name) => props.onRenameCommit(row.tag.id, name)}
              onRenameCancel={props.onRenameCancel}
              onMenu={(at) => {
                props.onFocus(row.tag.id);
                props.onMenu(row.tag, at);
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

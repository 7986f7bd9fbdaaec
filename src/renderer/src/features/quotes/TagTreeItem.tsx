// One tag in the tree: swatch, name (in its own direction), counts, the ⋯ menu button, and the
// inline name field while it is being renamed.
import { useRef, type DragEvent } from 'react';
import { formatCount } from '../../ui';
import type { VisibleTag } from './tagTree';

/** The inline name field: Enter or leaving it saves, Esc cancels; whichever comes first counts. */
function RenameField({
  name,
  onCommit,
  onCancel,
}: {
  name: string;
  onCommit: (name: string) => void;
  onCancel: () => void;
}) {
  const settled = useRef(false);
  const settle = (action: () => void) => {
    if (settled.current) return;
    settled.current = true;
    action();
  };
  return (
    <input
      type="text"
      className="tag-item__rename"
      aria-label="Tag name"
      dir="auto"
      maxLength={200}
      defaultValue={name}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        const value = event.currentTarget.value;
        if (event.key === 'Enter') settle(() => onCommit(value));
        else if (event.key === 'Escape') settle(onCancel);
      }}
      onBlur={(event) => {
        const value = event.currentTarget.value;
        settle(() => onCommit(value));
      }}
    />
  );
}

export interface DropHandlers {
  draggable: boolean;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

interface TagTreeItemProps {
  row: VisibleTag;
  withSubtags: number | undefined;
  selected: boolean;
  focusable: boolean;
  renaming: boolean;
  dropTarget: boolean;
  dragging: boolean;
  drop: DropHandlers;
  onClick: () => void;
  onToggle: () => void;
  onRenameStart: () => void;
  onRenameCommit: (name: string) => void;
  onRenameCancel: () => void;
  /** Opens the tag's actions at a point of the viewport. */
  onMenu: (at: { x: number; y: number }) => void;
}

export function TagTreeItem({
  row,
  withSubtags,
  selected,
  focusable,
  renaming,
  dropTarget,
  dragging,
  drop,
  onClick,
  onToggle,
  onRenameStart,
  onRenameCommit,
  onRenameCancel,
  onMenu,
}: TagTreeItemProps) {
  const { tag, depth, hasChildren, expanded } = row;
  const classes = [
    'tag-item',
    selected && 'tag-item--selected',
    dropTarget && 'tag-item--drop-target',
    dragging && 'tag-item--dragging',
  ];
  return (
    <li
      role="treeitem"
      aria-label={tag.name}
      aria-level={depth + 1}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      data-tag-id={tag.id}
      className={classes.filter(Boolean).join(' ')}
      style={{ paddingInlineStart: 6 + depth * 16 }}
      onClick={onClick}
      onContextMenu={(event) => {
        event.preventDefault();
        onMenu({ x: event.clientX, y: event.clientY });
      }}
      {...drop}
      draggable={drop.draggable && !renaming}
    >
      <span
        className="tag-item__expander"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (hasChildren) onToggle();
        }}
      >
        {hasChildren ? (expanded ? '▾' : '▸') : ''}
      </span>
      <span className="tag-swatch" aria-hidden="true" style={{ backgroundColor: tag.color }} />
      {renaming ? (
        <RenameField name={tag.name} onCommit={onRenameCommit} onCancel={onRenameCancel} />
      ) : (
        <bdi
          className="tag-item__name"
          dir="auto"
          onDoubleClick={(event) => {
            event.stopPropagation();
            onRenameStart();
          }}
        >
          {tag.name}
        </bdi>
      )}
      <span className="tag-item__counts">
        <span className="tag-item__count" title="Quotes filed under this tag">
          {formatCount(tag.quoteCount)}
        </span>
        {withSubtags !== undefined && (
          <span className="tag-item__count tag-item__count--subtree" title="With its sub-tags">
            Σ {formatCount(withSubtags)}
          </span>
        )}
      </span>
      <button
        type="button"
        className="tag-item__menu-button"
        tabIndex={-1}
        aria-label={`Actions for ${tag.name}`}
        aria-haspopup="menu"
        onClick={(event) => {
          event.stopPropagation();
          const box = event.currentTarget.getBoundingClientRect();
          onMenu({ x: box.left, y: box.bottom });
        }}
      >
        ⋯
      </button>
    </li>
  );
}

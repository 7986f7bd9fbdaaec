import type { MouseEvent } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import {
  VisibleBidiText,
  directionOf,
  formatCount,
  formatDate,
  formatLength,
  languageName,
} from '../../ui';

export function rowDomId(id: number): string {
  return `library-row-${id}`;
}

interface LibraryRowProps {
  document: DocumentSummary;
  rowIndex: number;
  top: number;
  height: number;
  selected: boolean;
  active: boolean;
  opened: boolean;
  onClick: (event: MouseEvent) => void;
  onToggle: () => void;
}

export function LibraryRow({
  document: doc,
  rowIndex,
  top,
  height,
  selected,
  active,
  opened,
  onClick,
  onToggle,
}: LibraryRowProps) {
  const direction = directionOf(doc.language);
  const classes = [
    'library-row',
    selected && 'library-row--selected',
    active && 'library-row--active',
    opened && 'library-row--opened',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={rowDomId(doc.id)}
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={selected}
      aria-current={opened ? 'true' : undefined}
      className={classes}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={onClick}
    >
      <div role="gridcell" className="library-cell library-cell--check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={`Select ${doc.title}`}
          onClick={(event) => event.stopPropagation()}
          onChange={onToggle}
        />
      </div>
      <div
        role="gridcell"
        className={`library-cell library-cell--title lang-${direction}`}
        dir={direction === 'rtl' ? 'rtl' : 'auto'}
        lang={doc.language === 'und' ? undefined : doc.language}
      >
        <span className="library-cell__title-text">
          <VisibleBidiText text={doc.title} />
        </span>
        {doc.nearDuplicateOf !== null && (
          <span
            className="flag flag--duplicate"
            title={`Same body as document #${doc.nearDuplicateOf}, different page chrome`}
          >
            near-duplicate
          </span>
        )}
      </div>
      <div role="gridcell" className="library-cell library-cell--outlet">
        <bdi>{doc.outlet ? <VisibleBidiText text={doc.outlet} /> : '—'}</bdi>
      </div>
      <div role="gridcell" className="library-cell library-cell--date">
        {doc.publishedAt ? formatDate(doc.publishedAt) : '—'}
      </div>
      <div
        role="gridcell"
        className="library-cell library-cell--language"
        title={languageName(doc.language)}
      >
        <span className="language-tag">{doc.language}</span>
      </div>
      <div
        role="gridcell"
        className="library-cell library-cell--length"
        title={`${formatCount(doc.chars)} characters`}
      >
        {formatLength(doc.chars)}
      </div>
    </div>
  );
}

interface PlaceholderRowProps {
  rowIndex: number;
  top: number;
  height: number;
}

/** A row whose page is still loading: holds its place so the scroll position stays true. */
export function PlaceholderRow({ rowIndex, top, height }: PlaceholderRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-busy="true"
      className="library-row library-row--placeholder"
      style={{ transform: `translateY(${top}px)`, height }}
    >
      {/* Spans the row; styled inline as library.css belongs to the shared stylesheet set. */}
      <div
        role="gridcell"
        className="library-cell library-cell--placeholder"
        style={{ gridColumn: '1 / -1', opacity: 0.5, paddingInlineStart: 44 }}
      >
        Loading…
      </div>
    </div>
  );
}

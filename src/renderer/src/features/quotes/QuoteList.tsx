// The filtered quotes, virtualised (50,000 rows cost what 30 do), with group headers and their
// counts. Arrow keys, Home and End move between quotes; Enter or a click opens the source.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { QuoteRow, Tag } from '../../../../shared/domain';
import { VisibleBidiText, directionOf, plural } from '../../ui';
import type { GroupItem, ListItem } from './groups';
import { QuoteRowView } from './QuoteRowView';

const GROUP_HEIGHT = 38;
const QUOTE_HEIGHT = 112;

function GroupHeader({ group }: { group: GroupItem }) {
  return (
    <div role="listitem" className="quote-group">
      <h3 className="quote-group__title">
        {group.color && (
          <span
            className="tag-swatch"
            aria-hidden="true"
            style={{ backgroundColor: group.color }}
          />
        )}
        <bdi
          className="quote-group__label"
          dir={group.language ? directionOf(group.language) : 'auto'}
        >
          <VisibleBidiText text={group.label} />
        </bdi>
        <span className="quote-group__count">
          {plural(group.count, 'quote')}
          {group.complete ? '' : ' so far'}
        </span>
      </h3>
    </div>
  );
}

interface QuoteListProps {
  items: ListItem[];
  tags: ReadonlyMap<number, Tag>;
  /** A quote to bring into view and focus when the list first shows it. */
  revealQuoteId: number | null;
  onOpen: (row: QuoteRow) => void;
}

export function QuoteList({ items, tags, revealQuoteId, onOpen }: QuoteListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const revealed = useRef(false);
  // TanStack Virtual keeps its own mutable state; it is re-read on each render by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index]?.kind === 'group' ? GROUP_HEIGHT : QUOTE_HEIGHT),
    getItemKey: (index) => items[index]?.key ?? index,
    overscan: 6,
  });

  const focusItem = (index: number) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-item-index="${index}"]`)?.focus(),
    );
  };

  useEffect(() => {
    if (revealed.current || revealQuoteId === null) return;
    const index = items.findIndex((i) => i.kind === 'quote' && i.row.id === revealQuoteId);
    if (index < 0) return;
    revealed.current = true;
    virtualizer.scrollToIndex(index, { align: 'center' });
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-item-index="${index}"]`)?.focus(),
    );
  }, [items, revealQuoteId, virtualizer]);

  const quoteIndex = (from: number, step: 1 | -1): number => {
    for (let i = from; i >= 0 && i < items.length; i += step) {
      if (items[i]?.kind === 'quote') return i;
    }
    return -1;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = Number((event.target as HTMLElement).dataset.itemIndex ?? Number.NaN);
    if (Number.isNaN(current)) return;
    const targets: Record<string, number> = {
      ArrowDown: quoteIndex(current + 1, 1),
      ArrowUp: quoteIndex(current - 1, -1),
      Home: quoteIndex(0, 1),
      End: quoteIndex(items.length - 1, -1),
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    if (target >= 0) focusItem(target);
  };

  return (
    <div ref={scrollRef} className="quote-list" onKeyDown={onKeyDown}>
      <div
        role="list"
        aria-label="Quotes"
        className="quote-list__spacer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (!item) return null;
          return (
            <div
              key={virtual.key}
              ref={virtualizer.measureElement}
              data-index={virtual.index}
              role="none"
              className="quote-list__item"
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              {item.kind === 'group' ? (
                <GroupHeader group={item} />
              ) : (
                <QuoteRowView row={item.row} index={virtual.index} tags={tags} onOpen={onOpen} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

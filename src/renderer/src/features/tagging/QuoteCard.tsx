// What a highlight holds, shown on hover (or on click, when it stays open): for each quote covering
// that spot, innermost first, its tags, note and words, and what can be done with it. The words
// can be dragged into a briefing (the highlight itself is not draggable: a drag there selects text,
// which is how nested quotes are made).
import { useId, type KeyboardEvent, type RefObject } from 'react';
import type { Quote, Tag, TagId } from '../../../../shared/domain';
import { tagPath } from '../../../../shared/quotes/tagMatch';
import { setQuoteDragData } from '../../editor';
import { Button } from '../../ui';
import { Floating, type Anchor } from './Floating';

interface QuoteCardProps {
  anchor: Anchor;
  quotes: readonly Quote[];
  tagsById: ReadonlyMap<TagId, Tag>;
  /** Reader only: file the aligned sentences of the other columns under the same tags. */
  canTagCounterparts: boolean;
  busy: boolean;
  onEdit: (quote: Quote) => void;
  onDelete: (quote: Quote) => void;
  onTagCounterparts: (quote: Quote) => void;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** The language the quote's words are written in, for its direction in a briefing. */
  languageOf: (quote: Quote) => string;
  cardRef?: RefObject<HTMLDivElement | null>;
}

const EXCERPT_CHARS = 200;

export function QuoteCard(props: QuoteCardProps) {
  const { anchor, quotes, tagsById, busy } = props;
  const titleId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    }
  };
  return (
    <Floating
      anchor={anchor}
      boxRef={props.cardRef}
      className="quote-card"
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onMouseEnter={props.onPointerEnter}
      onMouseLeave={props.onPointerLeave}
    >
      <h2 id={titleId} className="visually-hidden">
        {quotes.length === 1 ? 'Quote' : `${quotes.length} quotes here`}
      </h2>
      <ul className="quote-card__list">
        {quotes.map((quote) => (
          <li key={quote.id} className="quote-card__item" data-quote-id={quote.id}>
            <ul className="quote-card__tags" aria-label="Tags">
              {quote.tagIds.length === 0 && <li className="quote-card__untagged">Untagged</li>}
              {quote.tagIds.map((id) => {
                const tag = tagsById.get(id);
                if (!tag) return null;
                return (
                  <li key={id} className="tag-chip">
                    <span
                      className="tag-chip__dot"
                      style={{ background: tag.color }}
                      aria-hidden="true"
                    />
                    <bdi>{tagPath(tag, tagsById)}</bdi>
                  </li>
                );
              })}
            </ul>
            {quote.note && (
              <p className="quote-card__note" dir="auto">
                {quote.note}
              </p>
            )}
            <blockquote
              className="quote-card__text"
              dir="auto"
              draggable
              title="Drag into a briefing to quote it"
              onDragStart={(event) => {
                setQuoteDragData(event.dataTransfer, {
                  quoteUid: quote.uid,
                  documentId: quote.documentId,
                  text: quote.text,
                  language: props.languageOf(quote),
                });
                event.dataTransfer.effectAllowed = 'copy';
              }}
            >
              {quote.text.length > EXCERPT_CHARS
                ? `${quote.text.slice(0, EXCERPT_CHARS - 1)}…`
                : quote.text}
            </blockquote>
            <div className="quote-card__actions">
              <Button small variant="ghost" onClick={() => props.onEdit(quote)}>
                Edit
              </Button>
              <Button small variant="ghost" disabled={busy} onClick={() => props.onDelete(quote)}>
                Delete
              </Button>
              {props.canTagCounterparts && (
                <Button
                  small
                  variant="ghost"
                  disabled={busy}
                  onClick={() => props.onTagCounterparts(quote)}
                >
                  Tag counterparts too
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Floating>
  );
}

// One quote in the browser: its exact words in their own direction (isolated from the row), the
// source (title, outlet, date, language), its tags in their colours, and the note. A row can be
// dragged into a briefing, where it becomes a quote block citing its source.
import type { QuoteRow, Tag } from '../../../../shared/domain';
import { setQuoteDragData } from '../../editor';
import { VisibleBidiText, directionOf, formatDate, languageName } from '../../ui';

interface QuoteRowViewProps {
  row: QuoteRow;
  index: number;
  tags: ReadonlyMap<number, Tag>;
  onOpen: (row: QuoteRow) => void;
}

export function QuoteRowView({ row, index, tags, onOpen }: QuoteRowViewProps) {
  const lang = row.language === 'und' ? undefined : row.language;
  const rowTags = row.tagIds.flatMap((id) => {
    const tag = tags.get(id);
    return tag ? [tag] : [];
  });
  return (
    <div
      role="listitem"
      className="quote-row"
      data-quote-id={row.id}
      draggable
      title="Drag into a briefing to quote it"
      onDragStart={(event) => {
        setQuoteDragData(event.dataTransfer, {
          quoteUid: row.uid,
          documentId: row.documentId,
          text: row.text,
          language: row.language,
        });
        event.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <button
        type="button"
        className="quote-row__open"
        data-item-index={index}
        title="Open the source at this quote"
        onClick={() => onOpen(row)}
      >
        <span className="quote-row__text" dir={directionOf(row.language)} lang={lang}>
          <VisibleBidiText text={row.text} />
        </span>
        <span className="quote-row__source">
          <bdi className="quote-row__title" dir="auto">
            <VisibleBidiText text={row.documentTitle} />
          </bdi>
          <span className="quote-row__outlet">
            {row.outlet ? <bdi>{row.outlet}</bdi> : 'No outlet'}
          </span>
          {row.publishedAt ? (
            <time className="quote-row__date" dateTime={row.publishedAt}>
              {formatDate(row.publishedAt)}
            </time>
          ) : (
            <span className="quote-row__date">No date</span>
          )}
          <span className="language-tag" title={languageName(row.language)}>
            {row.language}
          </span>
        </span>
      </button>
      {(rowTags.length > 0 || row.note) && (
        <div className="quote-row__meta">
          {rowTags.length > 0 && (
            <ul className="tag-chips" aria-label="Tags">
              {rowTags.map((tag) => (
                <li key={tag.id} className="tag-chip" style={{ backgroundColor: tag.color }}>
                  <bdi dir="auto">{tag.name}</bdi>
                </li>
              ))}
            </ul>
          )}
          {row.note && (
            <p className="quote-row__note" dir="auto">
              <VisibleBidiText text={row.note} />
            </p>
          )}
        </div>
      )}
    </div>
  );
}

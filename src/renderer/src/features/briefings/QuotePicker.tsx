// "Insert quote…": type-ahead over the case's quotes (words in the quote or its note, matched as
// search matches them), each shown in its own direction with its source and tags.
import { useMemo, useState } from 'react';
import type { QuoteRow } from '../../../../shared/domain';
import { api, useQuery } from '../../api';
import type { QuoteDragData } from '../../editor';
import { VisibleBidiText, directionOf, formatDate } from '../../ui';
import { PickerDialog } from './PickerDialog';
import { useDebounced } from './useDebounced';

const PICKER_LIMIT = 50;
const TYPE_AHEAD_MS = 150;

export function quoteDragDataOf(row: QuoteRow): QuoteDragData {
  return {
    quoteUid: row.uid,
    documentId: row.documentId,
    text: row.text,
    language: row.language,
  };
}

interface QuotePickerProps {
  onPick: (quote: QuoteDragData) => void;
  onClose: () => void;
}

export function QuotePicker({ onPick, onClose }: QuotePickerProps) {
  const [query, setQuery] = useState('');
  const text = useDebounced(query.trim(), TYPE_AHEAD_MS);
  const quotes = useQuery(`quote-picker:${text}`, () =>
    api.listQuotes({ ...(text ? { filter: { text } } : {}), limit: PICKER_LIMIT }),
  );
  const tags = useQuery('tags', () => api.listTags({}));
  const tagNames = useMemo(
    () => new Map((tags.data ?? []).map((tag) => [tag.id as number, tag.name])),
    [tags.data],
  );
  // Rows of the previous query stay on screen until the new answer arrives.
  const rows = quotes.data?.rows;

  return (
    <PickerDialog<QuoteRow>
      title="Insert quote"
      inputLabel="Words in the quote or its note"
      placeholder="Type to find a quote"
      query={query}
      onQueryChange={setQuery}
      items={rows}
      itemKey={(row) => row.uid}
      itemLabel={(row) => `${row.text} — ${row.outlet ?? row.documentTitle}`}
      emptyText={text ? 'No quote matches these words.' : 'No quotes yet: tag some words first.'}
      error={quotes.error?.message ?? null}
      onPick={(row) => onPick(quoteDragDataOf(row))}
      onClose={onClose}
      renderItem={(row) => (
        <span className="picker-quote">
          <span
            className="picker-quote__text"
            dir={directionOf(row.language)}
            lang={row.language === 'und' ? undefined : row.language}
          >
            <VisibleBidiText text={row.text} />
          </span>
          <span className="picker-quote__source">
            <span>{row.outlet ? <bdi>{row.outlet}</bdi> : 'No outlet'}</span>
            <bdi dir="auto" className="picker-quote__title">
              {row.documentTitle}
            </bdi>
            {row.publishedAt && (
              <time dateTime={row.publishedAt}>{formatDate(row.publishedAt)}</time>
            )}
            {row.tagIds.map((id) => (
              <bdi key={id} className="picker-quote__tag">
                {tagNames.get(id) ?? ''}
              </bdi>
            ))}
          </span>
        </span>
      )}
    />
  );
}

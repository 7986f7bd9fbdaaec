// "Cite source…": picks a document (filtered by title or outlet as typed, ignoring case and
// accents) to cite as a whole, without a quote.
import { useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import { api, useQuery } from '../../api';
import { VisibleBidiText, formatDate } from '../../ui';
import { PickerDialog } from './PickerDialog';
import { matchesWords } from './pickerData';

interface SourcePickerProps {
  onPick: (documentId: number) => void;
  onClose: () => void;
}

export function SourcePicker({ onPick, onClose }: SourcePickerProps) {
  const [query, setQuery] = useState('');
  const documents = useQuery('source-picker', () => api.listDocuments({}));
  const matches = useMemo(() => {
    const all = documents.data;
    if (!all) return undefined;
    return all.filter((doc) =>
      matchesWords(`${doc.title} ${doc.outlet ?? ''} ${doc.fileName}`, query),
    );
  }, [documents.data, query]);

  return (
    <PickerDialog<DocumentSummary>
      title="Cite source"
      inputLabel="Title or outlet"
      placeholder="Type to find a document"
      query={query}
      onQueryChange={setQuery}
      items={matches}
      itemKey={(doc) => String(doc.id)}
      itemLabel={(doc) => `${doc.title} — ${doc.outlet ?? 'No outlet'}`}
      emptyText={documents.data?.length === 0 ? 'The case has no documents.' : 'No match.'}
      error={documents.error?.message ?? null}
      onPick={(doc) => onPick(doc.id)}
      onClose={onClose}
      renderItem={(doc) => (
        <span className="picker-quote">
          <bdi dir="auto" className="picker-quote__text">
            <VisibleBidiText text={doc.title} />
          </bdi>
          <span className="picker-quote__source">
            <span>{doc.outlet ? <bdi>{doc.outlet}</bdi> : 'No outlet'}</span>
            {doc.publishedAt && (
              <time dateTime={doc.publishedAt}>{formatDate(doc.publishedAt)}</time>
            )}
            <span>{doc.language}</span>
            <bdi>{doc.fileName}</bdi>
          </span>
        </span>
      )}
    />
  );
}

// "Cite source…": picks a document (filtered by title or outlet as typed, ignoring case and
// accents) to cite as a whole, without a quote.
import { useMemo, useState } from 'react';
import { MAX_DOCUMENT_PAGE } from '../../../../shared/contract';
import type { DocumentSummary } from '../../../../shared/domain';
import { matchesLookup } from '../../../../shared/text/lookup';
import { api, useQuery } from '../../api';
import { VisibleBidiText, formatDate } from '../../ui';
import { PickerDialog } from './PickerDialog';

/** The most sources one call brings. */
const PICKER_PAGE = MAX_DOCUMENT_PAGE;

interface SourcePickerProps {
  onPick: (documentId: number) => void;
  onClose: () => void;
}

export function SourcePicker({ onPick, onClose }: SourcePickerProps) {
  const [query, setQuery] = useState('');
  // One page of the newest sources; in a larger case the typed words are looked up in the case
  // (title, outlet or file name) and the loose matching below refines what comes back.
  const firstPage = useQuery('source-picker', () =>
    api.listDocumentPage({ offset: 0, limit: PICKER_PAGE }),
  );
  const typed = query.trim();
  const lookUp = (firstPage.data?.total ?? 0) > PICKER_PAGE && typed !== '';
  const found = useQuery(lookUp ? `source-picker:${typed}` : null, () =>
    api.listDocumentPage({ text: typed, offset: 0, limit: PICKER_PAGE }),
  );
  const documents = lookUp ? found : firstPage;
  const matches = useMemo(() => {
    const all = documents.data?.rows;
    if (!all) return undefined;
    return all.filter((doc) =>
      matchesLookup(`${doc.title} ${doc.outlet ?? ''} ${doc.fileName}`, query),
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
      emptyText={firstPage.data?.total === 0 ? 'The case has no documents.' : 'No match.'}
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

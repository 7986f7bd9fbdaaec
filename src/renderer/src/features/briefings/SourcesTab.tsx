// The source list as it builds itself from the content: one entry per cited document, numbered by
// its first citation, with what the export prints about it (outlet, title, date, language, file,
// fingerprint) and a warning when the document is gone.
import type { SourceInfo } from '../../../../shared/domain';
import { VisibleBidiText, formatDate, languageName, plural } from '../../ui';

interface SourcesTabProps {
  order: readonly number[];
  counts: ReadonlyMap<number, number>;
  sources: ReadonlyMap<number, SourceInfo>;
}

export function SourcesTab({ order, counts, sources }: SourcesTabProps) {
  if (order.length === 0) {
    return (
      <p className="briefing-tabs__empty">
        No sources yet. Drag a quote in, or cite a source (Insert quote… / Cite source…).
      </p>
    );
  }
  return (
    <ol className="briefing-sources" aria-label="Sources">
      {order.map((documentId, index) => {
        const source = sources.get(documentId);
        const uses = counts.get(documentId) ?? 0;
        return (
          <li
            key={documentId}
            className="briefing-source"
            data-document-id={documentId}
            data-number={index + 1}
          >
            <span className="briefing-source__number">[{index + 1}]</span>
            {source ? (
              <div className="briefing-source__body">
                <span className="briefing-source__outlet">
                  {source.outlet ? <bdi>{source.outlet}</bdi> : 'No outlet'}
                </span>
                <bdi className="briefing-source__title" dir="auto">
                  <VisibleBidiText text={source.title} />
                </bdi>
                <span className="briefing-source__facts">
                  {source.publishedAt ? (
                    <time dateTime={source.publishedAt}>{formatDate(source.publishedAt)}</time>
                  ) : (
                    <span>No date</span>
                  )}
                  <span title={languageName(source.language)}>{source.language}</span>
                  <bdi>{source.fileName}</bdi>
                  <code title="First 8 hex digits of the source text's SHA-256">
                    {source.fingerprint}
                  </code>
                  <span>{plural(uses, 'citation')}</span>
                </span>
                {!source.exists && (
                  <span className="briefing-source__missing" role="note">
                    This document was deleted: its citations are broken.
                  </span>
                )}
              </div>
            ) : (
              <span className="briefing-source__body briefing-source__loading">
                Document {documentId}…
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

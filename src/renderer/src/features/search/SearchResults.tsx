import { useId } from 'react';
import type {
  DocumentSummary,
  SearchHit,
  SearchResults as Results,
} from '../../../../shared/domain';
import { VisibleBidiText, directionOf, languageName, plural } from '../../ui';
import { HitSnippet } from './Snippet';

export interface HitGroup {
  documentId: number;
  document: DocumentSummary | undefined;
  hits: SearchHit[];
}

/** Groups hits by document, keeping the order of each document's best hit. */
export function groupHits(
  hits: SearchHit[],
  documents: ReadonlyMap<number, DocumentSummary>,
): HitGroup[] {
  const groups = new Map<number, HitGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.documentId);
    if (!group) {
      group = { documentId: hit.documentId, document: documents.get(hit.documentId), hits: [] };
      groups.set(hit.documentId, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}

function HitGroupView({
  group,
  onOpenHit,
}: {
  group: HitGroup;
  onOpenHit: (hit: SearchHit) => void;
}) {
  const headingId = useId();
  const doc = group.document;
  const language = doc?.language ?? group.hits[0]?.language ?? 'und';
  return (
    <section className="hit-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="hit-group__header">
        <bdi className="hit-group__title" dir={directionOf(language) === 'rtl' ? 'rtl' : 'auto'}>
          <VisibleBidiText text={doc?.title ?? `Document #${group.documentId}`} />
        </bdi>
        <span className="hit-group__meta">
          {doc?.outlet && <bdi className="hit-group__outlet">{doc.outlet}</bdi>}
          <span className="language-tag" title={languageName(language)}>
            {language}
          </span>
          <span className="hit-group__count">{plural(group.hits.length, 'match', 'matches')}</span>
        </span>
      </h3>
      <ul className="hit-list">
        {group.hits.map((hit) => (
          <li
            key={hit.segmentId}
            className={hit.boilerplate ? 'hit hit--chrome' : 'hit'}
            dir={directionOf(hit.language)}
            lang={hit.language === 'und' ? undefined : hit.language}
          >
            {/* The words are selectable (to tag them); a plain click opens the document there. */}
            <div
              className="hit__text"
              onClick={() => {
                if (window.getSelection()?.isCollapsed ?? true) onOpenHit(hit);
              }}
            >
              <HitSnippet hit={hit} />
              {hit.boilerplate && <span className="flag flag--chrome">page chrome</span>}
            </div>
            <button
              type="button"
              className="hit__open"
              aria-label={`Open at this sentence: ${hit.snippet}`}
              onClick={() => onOpenHit(hit)}
            >
              Open
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface SearchResultsProps {
  results: Results;
  groups: HitGroup[];
  stale: boolean;
  onOpenHit: (hit: SearchHit) => void;
}

export function SearchResultsView({ results, groups, stale, onOpenHit }: SearchResultsProps) {
  if (results.hits.length === 0) {
    return (
      <p className="pane-placeholder" role="status">
        No results for “<bdi>{results.query}</bdi>”.
      </p>
    );
  }
  return (
    <div className={stale ? 'search-results search-results--stale' : 'search-results'}>
      <p className="search-results__summary" role="status">
        {plural(results.hits.length, 'match', 'matches')} in {plural(groups.length, 'document')}
        {results.truncated && ' (showing the best; refine the query to see more)'}
      </p>
      {groups.map((group) => (
        <HitGroupView key={group.documentId} group={group} onOpenHit={onOpenHit} />
      ))}
    </div>
  );
}

// Pure helpers over the serialised state: numbering for the views, and the ids a container must
// resolve (describeCitations), compared so that unchanged ids do not trigger a fetch.
import { collectCitations, numberSources } from '../../../../shared/briefings/citations';
import type { BriefingState } from '../../../../shared/briefings/state';

export interface CitationIds {
  documentIds: number[];
  quoteUids: string[];
}

export interface CitationSummary {
  numbers: Map<number, number>;
  ids: CitationIds;
}

export function summariseCitations(state: BriefingState): CitationSummary {
  const citations = collectCitations(state);
  const numbers = numberSources(citations);
  const quoteUids = new Set<string>();
  for (const citation of citations) {
    if (citation.quoteUid !== null) quoteUids.add(citation.quoteUid);
  }
  return { numbers, ids: { documentIds: [...numbers.keys()], quoteUids: [...quoteUids] } };
}

export function sameNumbers(
  a: ReadonlyMap<number, number>,
  b: ReadonlyMap<number, number>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [documentId, number] of a) {
    if (b.get(documentId) !== number) return false;
  }
  return true;
}

/** Same ids regardless of order (a renumbering alone needs no new fetch). */
export function sameIds(a: CitationIds, b: CitationIds): boolean {
  return sameMembers(a.documentIds, b.documentIds) && sameMembers(a.quoteUids, b.quoteUids);
}

function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  const members = new Set(a);
  return b.every((item) => members.has(item));
}

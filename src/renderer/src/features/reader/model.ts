// The reader's view of its documents and their alignments: columns of sentences, the pairs of
// columns, and for every sentence the links it takes part in, so lighting up counterparts costs
// only the links of the sentence under the pointer.
import type { Alignment, AlignmentLink, DocumentDetail, Segment } from '../../../../shared/domain';
import { directionOf, type TextDirection } from '../../ui';

export interface ReaderSentence {
  id: number;
  column: number;
  /** Offset of `text` in its document's canonical text. */
  start: number;
  text: string;
  language: string;
  boilerplate: boolean;
  paragraphIndex: number;
  /** First sentence of its paragraph: shown after a paragraph break. */
  paragraphStart: boolean;
}

export interface ReaderColumn {
  index: number;
  document: DocumentDetail;
  direction: TextDirection;
  /** Every sentence in text order, page chrome included. */
  sentences: ReaderSentence[];
}

/** Two columns whose documents are aligned; `a` of every link is the first column's. */
export interface ReaderPair {
  columns: [number, number];
  documentIds: [number, number];
}

export function pairsOf(ids: readonly number[]): ReaderPair[] {
  const pairs: ReaderPair[] = [];
  ids.forEach((first, i) =>
    ids
      .slice(i + 1)
      .forEach((second, offset) =>
        pairs.push({ columns: [i, i + 1 + offset], documentIds: [first, second] }),
      ),
  );
  return pairs;
}

export function pairIndexOf(pairs: readonly ReaderPair[], x: number, y: number): number {
  return pairs.findIndex(({ columns: [a, b] }) => (a === x && b === y) || (a === y && b === x));
}

function byStart(a: Segment, b: Segment): number {
  return a.start - b.start || a.end - b.end;
}

function sentencesOf(doc: DocumentDetail, column: number): ReaderSentence[] {
  const sentences = doc.segments.filter((s) => s.kind === 'sentence');
  const withSentences = new Set(sentences.map((s) => s.paragraphIndex));
  // A paragraph without sentence segments is read as one sentence, so no text goes missing.
  const loose = doc.segments.filter(
    (s) => s.kind === 'paragraph' && !withSentences.has(s.paragraphIndex),
  );
  let paragraph = -1;
  return [...sentences, ...loose]
    .sort(byStart)
    .filter((s) => doc.text.slice(s.start, s.end).trim() !== '')
    .map((s) => {
      const paragraphStart = s.paragraphIndex !== paragraph;
      paragraph = s.paragraphIndex;
      return {
        id: s.id,
        column,
        start: s.start,
        text: doc.text.slice(s.start, s.end),
        language: s.language,
        boilerplate: s.boilerplate,
        paragraphIndex: s.paragraphIndex,
        paragraphStart,
      };
    });
}

export function buildColumns(documents: readonly DocumentDetail[]): ReaderColumn[] {
  return documents.map((document, index) => ({
    index,
    document,
    direction: directionOf(document.language),
    sentences: sentencesOf(document, index),
  }));
}

export interface LinkRef {
  pair: number;
  link: AlignmentLink;
  side: 'a' | 'b';
}

/** Every link of every loaded pair, by the sentences it holds (segment ids are unique). */
export function indexLinks(alignments: readonly (Alignment | undefined)[]): Map<number, LinkRef[]> {
  const index = new Map<number, LinkRef[]>();
  const add = (id: number, ref: LinkRef) => {
    const refs = index.get(id);
    if (refs) refs.push(ref);
    else index.set(id, [ref]);
  };
  alignments.forEach((alignment, pair) => {
    for (const link of alignment?.links ?? []) {
      for (const id of link.a) add(id, { pair, link, side: 'a' });
      for (const id of link.b) add(id, { pair, link, side: 'b' });
    }
  });
  return index;
}

/** How a sentence lights up when another is hovered, pinned or focused. */
export interface Lit {
  role: 'source' | 'partner' | 'counterpart';
  /** The best score of the links joining it to the source (counterparts only). */
  score: number | null;
  manual: boolean;
}

export function litFrom(index: Map<number, LinkRef[]>, source: number | null): Map<number, Lit> {
  const lit = new Map<number, Lit>();
  if (source === null) return lit;
  for (const { link, side } of index.get(source) ?? []) {
    const manual = link.origin === 'manual';
    for (const id of link[side]) {
      if (id !== source && !lit.has(id)) lit.set(id, { role: 'partner', score: null, manual });
    }
    for (const id of link[side === 'a' ? 'b' : 'a']) {
      const before = lit.get(id);
      const score = Math.max(before?.score ?? 0, link.score);
      lit.set(id, { role: 'counterpart', score, manual: manual || (before?.manual ?? false) });
    }
  }
  lit.set(source, { role: 'source', score: null, manual: false });
  return lit;
}

/** Sentences that belong to a hand-made link in any pair. */
export function manualSentences(alignments: readonly (Alignment | undefined)[]): Set<number> {
  const ids = new Set<number>();
  for (const alignment of alignments) {
    for (const link of alignment?.links ?? []) {
      if (link.origin !== 'manual') continue;
      for (const id of [...link.a, ...link.b]) ids.add(id);
    }
  }
  return ids;
}

/** Aligned rows when every pair with the first column is a translation; otherwise comparable. */
export type ReaderLayout = 'aligned' | 'comparable';

export function layoutOf(
  pairs: readonly ReaderPair[],
  alignments: readonly (Alignment | undefined)[],
): ReaderLayout {
  const pivotPairs = pairs.map((pair, i) => ({ pair, alignment: alignments[i] }));
  return pivotPairs
    .filter(({ pair }) => pair.columns[0] === 0)
    .every(({ alignment }) => alignment?.mode === 'translation')
    ? 'aligned'
    : 'comparable';
}

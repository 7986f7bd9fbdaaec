// Hand corrections to an alignment, computed as the pair's NEW correction set: the server replaces
// the whole set on every change, so undo and redo are just sending an older or a newer set.
// Pure: runs in the renderer, the CLI or a test.
import type { Alignment, AlignmentCorrections, AlignmentLink, SegmentId } from '../domain';
import { ParallaxError } from '../errors';

type Side = 'a' | 'b';
type ManualLink = AlignmentCorrections['links'][number];
type RejectedPair = AlignmentCorrections['rejected'][number];
/** The two runs of a link; scores and origins do not matter to a correction. */
type Runs = Pick<AlignmentLink, 'a' | 'b'>;

interface TextOrder {
  a: Map<SegmentId, number>;
  b: Map<SegmentId, number>;
}

/**
 * Where each sentence stands in its text. Translation beads cover every sentence in text order, so
 * they give it; comparable links do not, and segment ids (given in text order at import) stand in.
 */
function textOrder(alignment: Alignment): TextOrder {
  const order: TextOrder = { a: new Map(), b: new Map() };
  if (alignment.mode !== 'translation') return order;
  for (const link of alignment.links) {
    for (const id of link.a) order.a.set(id, order.a.size);
    for (const id of link.b) order.b.set(id, order.b.size);
  }
  return order;
}

function sortedRun(ids: readonly SegmentId[], order: Map<SegmentId, number>): SegmentId[] {
  const position = (id: SegmentId) => order.get(id) ?? id;
  return [...new Set(ids)].sort((x, y) => position(x) - position(y));
}

/** Splits a sorted run into runs of neighbouring sentences (all one run when order is unknown). */
function contiguousRuns(run: readonly SegmentId[], order: Map<SegmentId, number>): SegmentId[][] {
  const runs: SegmentId[][] = [];
  let previous: number | undefined;
  for (const id of run) {
    const position = order.get(id);
    const current = runs.at(-1);
    const adjacent = position === undefined || previous === undefined || position === previous + 1;
    if (current && adjacent) current.push(id);
    else runs.push([id]);
    previous = position;
  }
  return runs;
}

function isContiguous(run: readonly SegmentId[], order: Map<SegmentId, number>): boolean {
  return contiguousRuns(run, order).length <= 1;
}

/**
 * Takes the given sentences out of the hand-made links. What is left of a link keeps its meaning
 * when it can: a "no counterpart" run stays one (split where it is no longer contiguous); a link
 * between two runs stays when both runs are left (and, in a translation, still contiguous), and is
 * otherwise dropped so the engine aligns its remaining sentences again.
 */
function releaseSentences(
  alignment: Alignment,
  order: TextOrder,
  taken: { a: ReadonlySet<SegmentId>; b: ReadonlySet<SegmentId> },
): ManualLink[] {
  const translation = alignment.mode === 'translation';
  const kept: ManualLink[] = [];
  for (const link of alignment.corrections.links) {
    const a = link.a.filter((id) => !taken.a.has(id));
    const b = link.b.filter((id) => !taken.b.has(id));
    if (a.length === link.a.length && b.length === link.b.length) {
      kept.push(link);
    } else if (link.a.length === 0 || link.b.length === 0) {
      const [side, rest] = link.a.length === 0 ? (['b', b] as const) : (['a', a] as const);
      const runs = translation ? contiguousRuns(rest, order[side]) : rest.length ? [rest] : [];
      for (const run of runs) kept.push(side === 'a' ? { a: run, b: [] } : { a: [], b: run });
    } else if (a.length > 0 && b.length > 0) {
      if (!translation || (isContiguous(a, order.a) && isContiguous(b, order.b))) {
        kept.push({ a, b });
      }
    }
  }
  return kept;
}

function sentencesOf(runs: Runs): { a: Set<SegmentId>; b: Set<SegmentId> } {
  return { a: new Set(runs.a), b: new Set(runs.b) };
}

function withoutRejected(
  rejected: readonly RejectedPair[],
  runs: { a: ReadonlySet<SegmentId>; b: ReadonlySet<SegmentId> },
): RejectedPair[] {
  return rejected.filter((pair) => !(runs.a.has(pair.a) && runs.b.has(pair.b)));
}

function sameRun(x: readonly SegmentId[], y: readonly SegmentId[]): boolean {
  if (x.length !== y.length) return false;
  const set = new Set(x);
  return y.every((id) => set.has(id));
}

function sameLink(x: Runs, y: Runs): boolean {
  return sameRun(x.a, y.a) && sameRun(x.b, y.b);
}

/** A new hand-made link between runs of A and B; the sentences leave any other hand-made link. */
export function linkSentences(
  alignment: Alignment,
  aIds: readonly SegmentId[],
  bIds: readonly SegmentId[],
): AlignmentCorrections {
  if (aIds.length === 0 || bIds.length === 0) {
    throw new ParallaxError('invalid-input', 'Select sentences in both documents to link them.');
  }
  const order = textOrder(alignment);
  const link = { a: sortedRun(aIds, order.a), b: sortedRun(bIds, order.b) };
  const taken = sentencesOf(link);
  return {
    links: [...releaseSentences(alignment, order, taken), link],
    rejected: withoutRejected(alignment.corrections.rejected, taken),
  };
}

/**
 * Undoes a link. In a translation the bead becomes two hand-made "no counterpart" beads, so the
 * engine does not pair the sentences again on the next recompute. Between comparable accounts a
 * hand-made link is dropped, and every pair the link joined is rejected so it does not come back.
 */
export function unlinkLink(alignment: Alignment, link: Runs): AlignmentCorrections {
  if (link.a.length === 0 || link.b.length === 0) return alignment.corrections;
  const order = textOrder(alignment);
  const taken = sentencesOf(link);
  if (alignment.mode === 'translation') {
    return {
      links: [
        ...releaseSentences(alignment, order, taken),
        { a: sortedRun(link.a, order.a), b: [] },
        { a: [], b: sortedRun(link.b, order.b) },
      ],
      rejected: alignment.corrections.rejected,
    };
  }
  const rejected = withoutRejected(alignment.corrections.rejected, taken);
  for (const a of link.a) for (const b of link.b) rejected.push({ a, b });
  return {
    links: alignment.corrections.links.filter((manual) => !sameLink(manual, link)),
    rejected,
  };
}

function indexOfLink(alignment: Alignment, link: Runs): number {
  return alignment.links.findIndex((candidate) => sameLink(candidate, link));
}

/** Two links become one hand-made link; in a translation they must be neighbours. */
export function mergeLinks(alignment: Alignment, first: Runs, second: Runs): AlignmentCorrections {
  const order = textOrder(alignment);
  if (alignment.mode === 'translation') {
    const i = indexOfLink(alignment, first);
    const j = indexOfLink(alignment, second);
    if (i < 0 || j < 0 || Math.abs(i - j) !== 1) {
      throw new ParallaxError(
        'invalid-input',
        'Only neighbouring links can be merged in a translation.',
      );
    }
  }
  const merged = {
    a: sortedRun([...first.a, ...second.a], order.a),
    b: sortedRun([...first.b, ...second.b], order.b),
  };
  const taken = sentencesOf(merged);
  return {
    links: [...releaseSentences(alignment, order, taken), merged],
    rejected: withoutRejected(alignment.corrections.rejected, taken),
  };
}

/**
 * One link becomes two hand-made links: the first keeps `aCut` sentences of A and `bCut` of B,
 * the second the rest. Each part needs at least one sentence.
 */
export function splitLink(
  alignment: Alignment,
  link: Runs,
  aCut: number,
  bCut: number,
): AlignmentCorrections {
  const order = textOrder(alignment);
  const a = sortedRun(link.a, order.a);
  const b = sortedRun(link.b, order.b);
  const inRange = (cut: number, length: number) =>
    Number.isInteger(cut) && cut >= 0 && cut <= length;
  if (!inRange(aCut, a.length) || !inRange(bCut, b.length)) {
    throw new ParallaxError('invalid-input', 'The cut must fall inside the link.');
  }
  const first = { a: a.slice(0, aCut), b: b.slice(0, bCut) };
  const second = { a: a.slice(aCut), b: b.slice(bCut) };
  if (first.a.length + first.b.length === 0 || second.a.length + second.b.length === 0) {
    throw new ParallaxError('invalid-input', 'A split must leave sentences on both sides of it.');
  }
  return {
    links: [...releaseSentences(alignment, order, sentencesOf(link)), first, second],
    rejected: alignment.corrections.rejected,
  };
}

/**
 * Where to split a link "after this sentence": the sentence's side is cut just after it, the other
 * side in proportion (so a 2-2 bead splits into two 1-1 beads), keeping each part non-empty.
 * Null when the link cannot be split there.
 */
export function splitAfter(
  link: Runs,
  side: Side,
  sentenceId: SegmentId,
): { aCut: number; bCut: number } | null {
  const own = link[side];
  const other = link[side === 'a' ? 'b' : 'a'];
  const index = own.indexOf(sentenceId);
  if (index < 0) return null;
  const cut = index + 1;
  let otherCut = Math.round((other.length * cut) / own.length);
  if (own.length - cut + other.length - otherCut === 0) {
    if (other.length === 0) return null;
    otherCut = other.length - 1;
  }
  return side === 'a' ? { aCut: cut, bCut: otherCut } : { aCut: otherCut, bCut: cut };
}

/** The links that hold a sentence on one side (one in a translation, any number otherwise). */
export function linksWith(
  alignment: Alignment,
  side: Side,
  sentenceId: SegmentId,
): AlignmentLink[] {
  return alignment.links.filter((link) => link[side].includes(sentenceId));
}

/** The translation bead after the given one, if any. */
export function nextLink(alignment: Alignment, link: Runs): AlignmentLink | null {
  const index = indexOfLink(alignment, link);
  return index < 0 ? null : (alignment.links[index + 1] ?? null);
}

// Alignments of document pairs as the case stores them: load both documents' sentences, run the
// engine with the user's corrections, keep the result, and answer in the order the user asked.
import type {
  Alignment,
  AlignmentCorrections,
  AlignmentLink,
  AlignmentMode,
  DocumentId,
  SegmentId,
} from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import type { CaseDatabase, DbReader } from '../db/connection';
import {
  getStoredAlignment,
  getStoredCorrections,
  putStoredAlignment,
  putStoredCorrections,
  type StoredAlignment,
  type StoredLink,
  type StoredPair,
} from '../db/queries/alignments';
import { getDocumentSummary, getDocumentText } from '../db/queries/documents';
import { listSegments } from '../db/queries/segments';
import { engineVersion } from './index';
import { runAlignment } from './runner';
import type { EngineOptions } from './types';

/** 'auto' lets the engine decide again; a mode forces it; absent keeps what the pair has. */
export type ModeRequest = AlignmentMode | 'auto';

export interface AlignPairOptions {
  /** Recompute even when the stored alignment is current. */
  recompute?: boolean;
  mode?: ModeRequest;
}

/** One document as the engine sees it: its sentences outside boilerplate, in text order. */
interface AlignableDocument {
  id: DocumentId;
  language: string;
  sentenceIds: SegmentId[];
  sentences: string[];
}

async function loadAlignable(db: DbReader, id: DocumentId): Promise<AlignableDocument> {
  const [summary, text, segments] = await Promise.all([
    getDocumentSummary(db, id),
    getDocumentText(db, id),
    listSegments(db, id),
  ]);
  if (!summary || text === undefined) {
    throw new ParallaxError(
      'not-found',
      `There is no document ${id} in this case (it may have been deleted).`,
    );
  }
  const body = segments.filter((s) => s.kind === 'sentence' && !s.boilerplate);
  if (body.length === 0) {
    const what = text.trim() === '' ? 'its text is empty' : 'all of its text is page furniture';
    throw new ParallaxError(
      'invalid-input',
      `“${summary.title}” (document ${id}) has no sentences to align: ${what}.`,
    );
  }
  return {
    id,
    language: summary.language,
    sentenceIds: body.map((s) => s.id),
    sentences: body.map((s) => text.slice(s.start, s.end)),
  };
}

/** The two documents in storage order, and whether the caller's order is the reverse. */
function storagePair(ids: readonly [DocumentId, DocumentId]): {
  pair: StoredPair;
  reversed: boolean;
} {
  const [first, second] = ids;
  if (first === second) {
    throw new ParallaxError(
      'invalid-input',
      `Document ${first} cannot be aligned with itself: choose two different documents.`,
    );
  }
  return first < second
    ? { pair: { low: first, high: second }, reversed: false }
    : { pair: { low: second, high: first }, reversed: true };
}

const swapCorrections = (c: AlignmentCorrections): AlignmentCorrections => ({
  links: c.links.map((link) => ({ a: link.b, b: link.a })),
  rejected: c.rejected.map((pair) => ({ a: pair.b, b: pair.a })),
});

const emptyCorrections = (): AlignmentCorrections => ({ links: [], rejected: [] });

function toAlignment(
  ids: readonly [DocumentId, DocumentId],
  reversed: boolean,
  stored: StoredAlignment,
  corrections: AlignmentCorrections,
): Alignment {
  const links: AlignmentLink[] = stored.links.map(([low, high, score, manual]) => ({
    a: (reversed ? high : low) as SegmentId[],
    b: (reversed ? low : high) as SegmentId[],
    score,
    origin: manual === 1 ? 'manual' : 'auto',
  }));
  return {
    documentIds: [ids[0], ids[1]],
    mode: stored.mode,
    modeChosen: stored.modeChosen,
    modeReason: stored.modeReason,
    links,
    corrections: reversed ? swapCorrections(corrections) : corrections,
    engineVersion: stored.engineVersion,
    computedAt: stored.computedAt,
  };
}

/** Runs the engine on a pair in storage order; ids in `corrections` are the pair's sentences. */
async function compute(
  low: AlignableDocument,
  high: AlignableDocument,
  mode: AlignmentMode | undefined,
  corrections: AlignmentCorrections,
): Promise<StoredAlignment> {
  const lowIndex = new Map(low.sentenceIds.map((id, i) => [id as number, i]));
  const highIndex = new Map(high.sentenceIds.map((id, i) => [id as number, i]));
  const options: EngineOptions = {
    ...(mode ? { mode } : {}),
    fixed: corrections.links.map((link) => ({
      a: link.a.map((id) => lowIndex.get(id) as number),
      b: link.b.map((id) => highIndex.get(id) as number),
    })),
    rejected: corrections.rejected.map((pair) => ({
      a: lowIndex.get(pair.a) as number,
      b: highIndex.get(pair.b) as number,
    })),
  };
  const result = await runAlignment(
    { language: low.language, sentences: low.sentences },
    { language: high.language, sentences: high.sentences },
    options,
  );
  const links: StoredLink[] = result.beads.map((bead) => [
    bead.a.map((i) => low.sentenceIds[i] as number),
    bead.b.map((i) => high.sentenceIds[i] as number),
    Math.round(bead.score * 1000) / 1000,
    bead.manual ? 1 : 0,
  ]);
  return {
    mode: result.mode,
    modeChosen: mode !== undefined,
    modeReason: result.modeReason,
    engineVersion: engineVersion(),
    computedAt: new Date().toISOString(),
    links,
  };
}

function isCurrent(stored: StoredAlignment, options: AlignPairOptions): boolean {
  if (options.recompute || stored.engineVersion !== engineVersion()) return false;
  if (options.mode === undefined) return true;
  if (options.mode === 'auto') return !stored.modeChosen;
  return stored.modeChosen && stored.mode === options.mode;
}

/** The mode to force when computing: the request's, or the one the user chose earlier. */
function forcedMode(
  stored: StoredAlignment | null,
  request: ModeRequest | undefined,
): AlignmentMode | undefined {
  if (request === 'auto') return undefined;
  if (request) return request;
  return stored?.modeChosen ? stored.mode : undefined;
}

/** The pair's alignment: the stored one when current, otherwise computed and stored. */
export async function alignDocumentPair(
  db: CaseDatabase,
  ids: readonly [DocumentId, DocumentId],
  options: AlignPairOptions = {},
): Promise<Alignment> {
  const { pair, reversed } = storagePair(ids);
  const [low, high] = await Promise.all([
    loadAlignable(db.reader, pair.low),
    loadAlignable(db.reader, pair.high),
  ]);
  const [stored, corrections] = await Promise.all([
    getStoredAlignment(db.reader, pair),
    getStoredCorrections(db.reader, pair),
  ]);
  const current = corrections ?? emptyCorrections();
  if (stored && isCurrent(stored, options)) return toAlignment(ids, reversed, stored, current);
  const fresh = await compute(low, high, forcedMode(stored, options.mode), current);
  await db.transaction((tx) => putStoredAlignment(tx, pair, fresh));
  return toAlignment(ids, reversed, fresh, current);
}

/**
 * Replaces the pair's corrections (the renderer's undo and redo send whole sets) and recomputes
 * the automatic links around them. Refused corrections change nothing.
 */
export async function setDocumentPairCorrections(
  db: CaseDatabase,
  ids: readonly [DocumentId, DocumentId],
  asked: AlignmentCorrections,
): Promise<Alignment> {
  const { pair, reversed } = storagePair(ids);
  const [low, high] = await Promise.all([
    loadAlignable(db.reader, pair.low),
    loadAlignable(db.reader, pair.high),
  ]);
  const stored = await getStoredAlignment(db.reader, pair);
  const corrections = reversed ? swapCorrections(asked) : asked;
  const mode = forcedMode(stored, undefined);
  checkCorrections(corrections, low, high, stored?.mode ?? mode ?? 'translation');
  const fresh = await compute(low, high, mode ?? stored?.mode, corrections);
  // The mode stays the engine's choice if it was: corrections do not make it the user's.
  fresh.modeChosen = stored?.modeChosen ?? false;
  const now = new Date().toISOString();
  await db.transaction(async (tx) => {
    await putStoredCorrections(tx, pair, corrections, now);
    await putStoredAlignment(tx, pair, fresh);
  });
  return toAlignment(ids, reversed, fresh, corrections);
}

/** Refuses corrections naming sentences outside the pair, or that no alignment could honour. */
function checkCorrections(
  corrections: AlignmentCorrections,
  low: AlignableDocument,
  high: AlignableDocument,
  mode: AlignmentMode,
): void {
  const lowIndex = new Map(low.sentenceIds.map((id, i) => [id as number, i]));
  const highIndex = new Map(high.sentenceIds.map((id, i) => [id as number, i]));
  const indexIn = (index: Map<number, number>, doc: AlignableDocument, id: number): number => {
    const found = index.get(id);
    if (found === undefined) {
      throw new ParallaxError(
        'invalid-input',
        `Sentence ${id} is not a sentence of document ${doc.id} that can be aligned.`,
      );
    }
    return found;
  };
  const taken = { low: new Set<number>(), high: new Set<number>() };
  const spans: { a: [number, number] | null; b: [number, number] | null }[] = [];
  for (const link of corrections.links) {
    if (link.a.length === 0 && link.b.length === 0) {
      throw new ParallaxError('invalid-input', 'A link needs a sentence on at least one side.');
    }
    const a = link.a.map((id) => indexIn(lowIndex, low, id));
    const b = link.b.map((id) => indexIn(highIndex, high, id));
    for (const [side, indices] of [
      ['low', a],
      ['high', b],
    ] as const) {
      for (const i of indices) {
        if (taken[side].has(i)) {
          throw new ParallaxError(
            'invalid-input',
            'A sentence can belong to only one hand-made link; unlink it first.',
          );
        }
        taken[side].add(i);
      }
    }
    if (mode === 'translation') spans.push({ a: contiguousSpan(a), b: contiguousSpan(b) });
  }
  for (const pair of corrections.rejected) {
    indexIn(lowIndex, low, pair.a);
    indexIn(highIndex, high, pair.b);
  }
  if (mode === 'translation') checkMonotone(spans);
}

/** [first, last] of a run of consecutive sentence indices; null for an empty run. */
function contiguousSpan(indices: number[]): [number, number] | null {
  if (indices.length === 0) return null;
  const sorted = [...indices].sort((x, y) => x - y);
  const first = sorted[0] as number;
  const last = sorted.at(-1) as number;
  if (last - first + 1 !== sorted.length) {
    throw new ParallaxError(
      'invalid-input',
      'In a translation, a link joins consecutive sentences: these are not next to each other.',
    );
  }
  return [first, last];
}

/** Translation links follow the text on both sides: two hand-made links may not cross. */
function checkMonotone(spans: { a: [number, number] | null; b: [number, number] | null }[]): void {
  const both = spans.filter(
    (s): s is { a: [number, number]; b: [number, number] } => s.a !== null && s.b !== null,
  );
  both.sort((x, y) => x.a[0] - y.a[0]);
  for (let k = 1; k < both.length; k++) {
    const before = both[k - 1] as { b: [number, number] };
    const after = both[k] as { b: [number, number] };
    if (after.b[0] <= before.b[1]) {
      throw new ParallaxError(
        'invalid-input',
        'These links cross: in a translation, a later sentence cannot be linked to an earlier one. Read the pair as comparable accounts to link freely.',
      );
    }
  }
}

// Sentence alignments between two documents as they cross the process boundary. No I/O.
import type { DocumentId, SegmentId } from './documents';

/**
 * What kind of pair the engine found: the same text in two languages (one ordered list of beads
 * covering every sentence of both) or two accounts of one event (for each sentence, its related
 * passages in the other document, in no particular order).
 */
export type AlignmentMode = 'translation' | 'comparable';

export const ALIGNMENT_MODES = ['translation', 'comparable'] as const satisfies AlignmentMode[];

/** Found by the engine, or set by the user's hand (kept when the alignment is recomputed). */
export type LinkOrigin = 'auto' | 'manual';

/**
 * A link (a "bead") between a run of sentences in document A and a run in document B. Either run
 * may be empty: a sentence with no counterpart. In translation mode runs are contiguous and links
 * are in text order.
 */
export interface AlignmentLink {
  a: SegmentId[];
  b: SegmentId[];
  /** How sure the engine is, from 0 to 1 (1 for manual links). */
  score: number;
  origin: LinkOrigin;
}

/**
 * The user's corrections to one pair. `links` are beads the user set by hand: their sentences take
 * part in no automatic link. `rejected` are pairs of sentences the user unlinked in comparable mode.
 */
export interface AlignmentCorrections {
  links: { a: SegmentId[]; b: SegmentId[] }[];
  rejected: { a: SegmentId; b: SegmentId }[];
}

export interface Alignment {
  /** In the order they were asked for; `a` and `b` of every link follow this order. */
  documentIds: [DocumentId, DocumentId];
  mode: AlignmentMode;
  /** True when the user chose the mode rather than the engine. */
  modeChosen: boolean;
  /** Why the engine chose the mode, in words a user can check ("31 of 33 sentences paired …"). */
  modeReason: string;
  links: AlignmentLink[];
  corrections: AlignmentCorrections;
  engineVersion: string;
  /** ISO timestamp of the computation. */
  computedAt: string;
}

export const NO_CORRECTIONS: AlignmentCorrections = { links: [], rejected: [] };

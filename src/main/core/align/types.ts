// The alignment engine's own vocabulary: sentences by index, no ids, no database.
import type { AlignmentMode, LanguageCode } from '../../../shared/domain';

/** One document's sentences in text order (boilerplate already left out). */
export interface AlignSide {
  language: LanguageCode;
  sentences: readonly string[];
}

/** A link between runs of sentence indices; either run may be empty (no counterpart). */
export interface Bead {
  a: number[];
  b: number[];
  /** From 0 to 1. */
  score: number;
  manual: boolean;
}

export interface EngineOptions {
  /** Force a mode instead of letting the engine decide. */
  mode?: AlignmentMode;
  /** Beads the user set by hand: kept as they are; their sentences join no other bead. */
  fixed?: readonly { a: readonly number[]; b: readonly number[] }[];
  /** Sentence pairs the user unlinked (comparable mode). */
  rejected?: readonly { a: number; b: number }[];
}

export interface EngineAlignment {
  mode: AlignmentMode;
  /** Why this mode, in words a user can check. */
  modeReason: string;
  /** Translation: ordered beads covering every sentence once. Comparable: related pairs. */
  beads: Bead[];
}

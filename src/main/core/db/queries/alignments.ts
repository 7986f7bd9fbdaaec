// SQL for stored alignments and their corrections. Pairs are keyed lower document id first; the
// caller (align/pairs.ts) turns them around for the order the user asked.
import type { AlignmentCorrections, AlignmentMode, DocumentId } from '../../../../shared/domain';
import type { DbReader, DbWriter } from '../connection';
import { sql } from '../sql';

/** A pair in storage order: `low < high`. */
export interface StoredPair {
  low: DocumentId;
  high: DocumentId;
}

/** A link in storage order: low side's segment ids, high side's, score, 1 when set by hand. */
export type StoredLink = [number[], number[], number, 0 | 1];

export interface StoredAlignment {
  mode: AlignmentMode;
  modeChosen: boolean;
  modeReason: string;
  engineVersion: string;
  computedAt: string;
  links: StoredLink[];
}

interface AlignmentRow {
  [column: string]: unknown;
  mode: AlignmentMode;
  mode_chosen: number;
  mode_reason: string;
  engine_version: string;
  computed_at: string;
  links: string;
}

export async function getStoredAlignment(
  db: DbReader,
  pair: StoredPair,
): Promise<StoredAlignment | null> {
  const row = await db.get<AlignmentRow>(sql`
    SELECT mode, mode_chosen, mode_reason, engine_version, computed_at, links
    FROM alignments WHERE document_a = ${pair.low} AND document_b = ${pair.high}`);
  if (!row) return null;
  return {
    mode: row.mode,
    modeChosen: row.mode_chosen === 1,
    modeReason: row.mode_reason,
    engineVersion: row.engine_version,
    computedAt: row.computed_at,
    links: JSON.parse(row.links) as StoredLink[],
  };
}

export async function putStoredAlignment(
  tx: DbWriter,
  pair: StoredPair,
  alignment: StoredAlignment,
): Promise<void> {
  await tx.run(sql`
    INSERT INTO alignments (document_a, document_b, mode, mode_chosen, mode_reason,
      engine_version, computed_at, links)
    VALUES (${pair.low}, ${pair.high}, ${alignment.mode}, ${alignment.modeChosen ? 1 : 0},
      ${alignment.modeReason}, ${alignment.engineVersion}, ${alignment.computedAt},
      ${JSON.stringify(alignment.links)})
    ON CONFLICT (document_a, document_b) DO UPDATE SET
      mode = excluded.mode, mode_chosen = excluded.mode_chosen, mode_reason = excluded.mode_reason,
      engine_version = excluded.engine_version, computed_at = excluded.computed_at,
      links = excluded.links`);
}

/** Corrections in storage order (`a` = the lower document id's side). */
export async function getStoredCorrections(
  db: DbReader,
  pair: StoredPair,
): Promise<AlignmentCorrections | null> {
  const row = await db.get<{ corrections: string }>(sql`
    SELECT corrections FROM alignment_corrections
    WHERE document_a = ${pair.low} AND document_b = ${pair.high}`);
  return row ? (JSON.parse(row.corrections) as AlignmentCorrections) : null;
}

export async function putStoredCorrections(
  tx: DbWriter,
  pair: StoredPair,
  corrections: AlignmentCorrections,
  updatedAt: string,
): Promise<void> {
  const empty = corrections.links.length === 0 && corrections.rejected.length === 0;
  if (empty) {
    await tx.run(sql`
      DELETE FROM alignment_corrections
      WHERE document_a = ${pair.low} AND document_b = ${pair.high}`);
    return;
  }
  await tx.run(sql`
    INSERT INTO alignment_corrections (document_a, document_b, corrections, updated_at)
    VALUES (${pair.low}, ${pair.high}, ${JSON.stringify(corrections)}, ${updatedAt})
    ON CONFLICT (document_a, document_b) DO UPDATE SET
      corrections = excluded.corrections, updated_at = excluded.updated_at`);
}

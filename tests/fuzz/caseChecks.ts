// Checks of a closed case file after hostile imports or a killed process: SQLite's own integrity
// check, every FTS5 index's own integrity check, and that every document is whole (its text, all
// of its segments, and a search row for each sentence), or absent. Returns the problems found.
import { openSqlite3, type SqlConnection } from '../../src/main/core/db/driver';
import { analyseText } from '../../src/main/core/text/analyse';

export interface CaseCheckOptions {
  /** Also re-segment every text and compare: proves "all segments", costs a full analysis. */
  reanalyse?: boolean;
}

interface SegmentRow {
  id: number;
  document_id: number;
  kind: string;
  start: number;
  end: number;
}

async function sqliteChecks(db: SqlConnection): Promise<string[]> {
  const problems: string[] = [];
  const integrity = await db.all('PRAGMA integrity_check', []);
  const verdict = integrity.map((row) => String(row.integrity_check)).join('; ');
  if (verdict !== 'ok') problems.push(`integrity_check: ${verdict}`);
  const foreign = await db.all('PRAGMA foreign_key_check', []);
  if (foreign.length > 0)
    problems.push(`foreign_key_check: ${JSON.stringify(foreign.slice(0, 3))}`);
  const ftsTables = await db.all(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name",
    [],
  );
  if (ftsTables.length === 0) problems.push('no FTS5 table found (the check would prove nothing)');
  for (const { name } of ftsTables) {
    const table = String(name);
    try {
      // FTS5's own check: the index agrees with itself (and with the content, where it has one).
      await db.run(`INSERT INTO "${table}"("${table}") VALUES('integrity-check')`, []);
    } catch (error) {
      problems.push(`${table} integrity-check: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** Non-whitespace text outside every paragraph segment, as an offset, or -1. */
function uncovered(text: string, paragraphs: readonly SegmentRow[]): number {
  let at = 0;
  for (const p of paragraphs) {
    if (p.start < at) return p.start;
    const gap = text.slice(at, p.start);
    if (/\S/u.test(gap)) return at + gap.search(/\S/u);
    at = p.end;
  }
  const tail = text.slice(at);
  return /\S/u.test(tail) ? at + tail.search(/\S/u) : -1;
}

function documentProblems(
  id: number,
  document: { text: string | null; chars: number; fileName: string },
  segments: readonly SegmentRow[],
  indexed: ReadonlySet<number>,
  options: CaseCheckOptions,
): string[] {
  const { text } = document;
  if (text === null) return [`document ${id} has no text row`];
  const problems: string[] = [];
  if (text.length !== document.chars)
    problems.push(`document ${id}: chars ${document.chars} ≠ ${text.length}`);
  if (segments.length === 0) problems.push(`document ${id} has no segments`);
  // The importer gives a document's segments consecutive ids in one statement.
  segments.forEach((s, i) => {
    if (s.id !== (segments[0]?.id ?? 0) + i)
      problems.push(`document ${id}: segment ids not consecutive at ${s.id}`);
    if (s.end > text.length) problems.push(`document ${id}: segment ${s.id} ends past the text`);
    if (s.kind === 'sentence' && !indexed.has(s.id))
      problems.push(`document ${id}: sentence ${s.id} not in segment_fts`);
  });
  const paragraphs = segments
    .filter((s) => s.kind === 'paragraph')
    .sort((a, b) => a.start - b.start);
  const gap = uncovered(text, paragraphs);
  if (gap !== -1) problems.push(`document ${id}: text at ${gap} is in no paragraph`);
  for (const s of segments.filter((seg) => seg.kind === 'sentence')) {
    if (!paragraphs.some((p) => p.start <= s.start && s.end <= p.end)) {
      problems.push(`document ${id}: sentence ${s.id} lies outside every paragraph`);
    }
  }
  if (options.reanalyse) {
    const expected = analyseText(text, document.fileName).segments;
    const shape = (list: readonly { kind: string; start: number; end: number }[]): string =>
      list.map((s) => `${s.kind[0]}${s.start}-${s.end}`).join(',');
    const stored = [...segments].sort(
      (a, b) => a.start - b.start || (a.kind === 'sentence' ? 1 : -1),
    );
    const fresh = [...expected].sort(
      (a, b) => a.start - b.start || (a.kind === 'sentence' ? 1 : -1),
    );
    if (shape(stored) !== shape(fresh)) {
      problems.push(
        `document ${id}: ${stored.length} segments stored, analysis gives ${fresh.length}`,
      );
    }
  }
  return problems.slice(0, 5);
}

/** Every problem found in the case file at `path` (which no process may have open for writing). */
export async function checkCaseFile(
  path: string,
  options: CaseCheckOptions = {},
): Promise<string[]> {
  const db = await openSqlite3(path);
  try {
    const problems = await sqliteChecks(db);
    const documents = await db.all(
      `SELECT d.id, d.chars, d.file_name, t.text
       FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id ORDER BY d.id`,
      [],
    );
    const segments = (await db.all(
      'SELECT id, document_id, kind, start, "end" FROM segments ORDER BY document_id, id',
      [],
    )) as unknown as SegmentRow[];
    const indexed = new Set(
      (await db.all('SELECT rowid FROM segment_fts', [])).map((r) => Number(r.rowid)),
    );
    const byDocument = new Map<number, SegmentRow[]>();
    for (const s of segments) {
      const list = byDocument.get(s.document_id) ?? [];
      list.push(s);
      byDocument.set(s.document_id, list);
    }
    const sentences = segments.filter((s) => s.kind === 'sentence').length;
    if (indexed.size !== sentences)
      problems.push(`segment_fts has ${indexed.size} rows for ${sentences} sentences`);
    const known = new Set(documents.map((d) => Number(d.id)));
    for (const documentId of byDocument.keys()) {
      if (!known.has(documentId)) problems.push(`segments of a missing document ${documentId}`);
    }
    for (const row of documents) {
      const id = Number(row.id);
      const document = {
        text: typeof row.text === 'string' ? row.text : null,
        chars: Number(row.chars),
        fileName: String(row.file_name),
      };
      problems.push(...documentProblems(id, document, byDocument.get(id) ?? [], indexed, options));
    }
    return problems;
  } finally {
    await db.close();
  }
}

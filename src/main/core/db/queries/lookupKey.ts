// The folded text a document is found by when words are typed (see migration 0080): written with
// each document, and rewritten from its columns wherever title or outlet change.
import type { DocumentId } from '../../../../shared/domain';
import { foldForLookup } from '../../../../shared/text/lookup';
import type { DbWriter } from '../handles';
import { sql } from '../sql';

export interface LookupFields {
  title: string;
  outlet: string | null;
  fileName: string;
}

/** Title, outlet and file name folded, a space apart: a typed word (no spaces) never spans two. */
export function documentLookupKey({ title, outlet, fileName }: LookupFields): string {
  return [title, outlet ?? '', fileName].map(foldForLookup).join(' ');
}

/** Rows folded and written per statement: bounded memory and statement size in a large case. */
const REFRESH_BATCH = 5_000;

/** Rewrites the lookup key of these documents, or of every document, from their columns. */
export async function refreshLookupKeys(
  tx: DbWriter,
  ids: readonly DocumentId[] | 'all',
): Promise<void> {
  const only = ids === 'all' ? sql`1` : sql`id IN (SELECT value FROM json_each(${sql.json(ids)}))`;
  for (let after = 0; ;) {
    const rows = await tx.all<{
      id: number;
      title: string;
      outlet: string | null;
      file_name: string;
    }>(
      sql`SELECT id, title, outlet, file_name FROM documents
        WHERE id > ${after} AND ${only} ORDER BY id LIMIT ${REFRESH_BATCH}`,
    );
    const last = rows.at(-1);
    if (!last) return;
    const keys = rows.map((row) => [
      row.id,
      documentLookupKey({ ...row, fileName: row.file_name }),
    ]);
    await tx.run(sql`
      UPDATE documents SET lookup_key = key.value ->> 1
      FROM json_each(${sql.json(keys)}) AS key WHERE documents.id = key.value ->> 0`);
    after = last.id;
  }
}

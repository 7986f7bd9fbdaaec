// Finding a document by typed words (the source picker in a large case) must ignore accents and
// harakat as the picker itself does, and SQLite cannot fold them: each document keeps its title,
// outlet and file name folded by foldForLookup in lookup_key, written with the row and on every
// metadata edit, and filled here for documents stored before.
import { documentLookupKey } from '../queries/lookupKey';
import type { Migration } from './types';

/** Rows folded and written per statement: bounded memory and statement size in a large case. */
const FILL_BATCH = 5_000;

export const documentLookupKeys: Migration = {
  version: 80,
  name: 'document-lookup-keys',
  sql: `ALTER TABLE documents ADD COLUMN lookup_key TEXT NOT NULL DEFAULT '';`,
  async fill(connection) {
    for (let after = 0; ;) {
      const rows = await connection.all(
        `SELECT id, title, outlet, file_name FROM documents WHERE id > ? ORDER BY id LIMIT ?`,
        [after, FILL_BATCH],
      );
      if (rows.length === 0) return;
      const keys = rows.map((row) => [
        row.id,
        documentLookupKey({
          title: String(row.title),
          outlet: row.outlet === null ? null : String(row.outlet),
          fileName: String(row.file_name),
        }),
      ]);
      await connection.run(
        `UPDATE documents SET lookup_key = key.value ->> 1
         FROM json_each(?) AS key WHERE documents.id = key.value ->> 0`,
        [JSON.stringify(keys)],
      );
      after = Number(rows.at(-1)?.id);
    }
  },
};

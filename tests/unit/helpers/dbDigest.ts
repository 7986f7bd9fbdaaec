// A digest of every row of every table, to prove that a refused operation changed nothing.
import { createHash } from 'node:crypto';
import { openSqlite3 } from '../../../src/main/core/db/driver';

export async function databaseDigest(path: string): Promise<string> {
  const connection = await openSqlite3(path, { readonly: true });
  try {
    const tables = await connection.all(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'segment_fts_%' ORDER BY name",
      [],
    );
    const hash = createHash('sha256');
    for (const { name } of tables) {
      const table = String(name);
      // Contentless FTS rows expose only their rowid; the shadow tables hold the index itself.
      const rows = await connection.all(
        `SELECT ${table === 'segment_fts' ? 'rowid' : '*'} FROM "${table}"`,
        [],
      );
      const lines = rows.map((row) => JSON.stringify(row)).sort();
      hash.update(`${table}:${lines.join('\n')}\n`);
    }
    const shadow = await connection.all('SELECT * FROM segment_fts_data ORDER BY id', []);
    hash.update(
      JSON.stringify(shadow, (_k, v: unknown) =>
        v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
      ),
    );
    return hash.digest('hex');
  } finally {
    await connection.close();
  }
}

// Numbered migrations tracked by PRAGMA user_version; each applied in its own transaction.
import { ParallaxError } from '../../../../shared/errors';
import type { SqlConnection } from '../driver';
import { initial } from './0010-initial';
import { metadataOverrides } from './0020-metadata-overrides';
import { alignments } from './0030-alignments';
import { quotes } from './0040-quotes';
import { briefings } from './0050-briefings';
import { briefingLifecycle } from './0060-briefing-lifecycle';
import { librarySortIndexes } from './0070-library-sort-indexes';
import { documentLookupKeys } from './0080-document-lookup-keys';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [
  initial,
  metadataOverrides,
  alignments,
  quotes,
  briefings,
  briefingLifecycle,
  librarySortIndexes,
  documentLookupKeys,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

async function schemaVersion(connection: SqlConnection): Promise<number> {
  const [row] = await connection.all('PRAGMA user_version', []);
  return Number(row?.user_version ?? 0);
}

/** Returns the file's schema version; refuses a file written by a newer Parallax. */
export async function checkSchemaVersion(connection: SqlConnection): Promise<number> {
  const version = await schemaVersion(connection);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new ParallaxError(
      'schema-too-new',
      `This case file was written by a newer version of Parallax (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). Update Parallax to open it; the file was not changed.`,
    );
  }
  return version;
}

/** Applies every migration newer than the file's version, up to `target`. */
export async function migrate(
  connection: SqlConnection,
  target: number = LATEST_SCHEMA_VERSION,
): Promise<{ from: number; to: number }> {
  const from = await checkSchemaVersion(connection);
  let current = from;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    await connection.exec('BEGIN IMMEDIATE');
    try {
      await connection.exec(migration.sql);
      await migration.fill?.(connection);
      // user_version takes no bound parameter; the version is a number from our own list.
      await connection.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
      await connection.exec('COMMIT');
    } catch (error) {
      await connection.exec('ROLLBACK').catch(() => undefined);
      throw new Error(`Migration ${migration.version}-${migration.name} failed: ${String(error)}`, {
        cause: error,
      });
    }
    current = migration.version;
  }
  return { from, to: current };
}

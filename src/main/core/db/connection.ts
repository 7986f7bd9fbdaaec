// A case database: one writer connection behind a queue of transactions, one reader connection
// (WAL lets it read committed data while a write is under way).
import type { SqlConnection } from './driver';
import { openSqlite3 } from './driver';
import { readerOf, writerOf, type DbReader, type DbWriter } from './handles';
import { ParallaxError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION, checkSchemaVersion, migrate } from './migrations';
import { backupBeforeMigration } from '../backup/backups';

export type { DbReader, DbWriter } from './handles';

export interface CaseDatabase {
  readonly path: string;
  /** Opened from read-only storage: every transaction is refused with a message saying so. */
  readonly readOnly: boolean;
  /**
   * Rows written since the case was opened (SQLite's total_changes, after queued writes): tells
   * whether anything changed between two moments. A transaction that wrote nothing adds nothing.
   */
  changeCount(): Promise<number>;
  readonly reader: DbReader;
  /**
   * The only way to write: runs `work` inside BEGIN IMMEDIATE … COMMIT, after every transaction
   * queued before it; rolls back and rethrows if `work` fails.
   */
  transaction<T>(work: (tx: DbWriter) => Promise<T>): Promise<T>;
  /**
   * Writes a consistent copy of the case to `path` with VACUUM INTO (never a file copy, which
   * could catch a write half done), after every transaction queued before it.
   */
  snapshotTo(path: string): Promise<void>;
  /** Waits for queued writes, runs PRAGMA optimize and closes both connections. */
  close(): Promise<void>;
}

class QueuedCaseDatabase implements CaseDatabase {
  readonly reader: DbReader;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    readonly path: string,
    private readonly writer: SqlConnection,
    private readonly readConnection: SqlConnection,
    readonly readOnly = false,
  ) {
    this.reader = readerOf(readConnection);
  }

  transaction<T>(work: (tx: DbWriter) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The case is closed.'));
    if (this.readOnly) {
      return Promise.reject(
        new ParallaxError(
          'forbidden',
          'This case is open read-only (it is on read-only storage), so nothing in it can be changed. Copy it to a writable folder to work on it.',
        ),
      );
    }
    const result = this.queue.then(() => this.runTransaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  changeCount(): Promise<number> {
    const result = this.queue.then(async () => {
      const [row] = await this.writer.all('SELECT total_changes() AS n', []);
      return Number(row?.n ?? 0);
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  snapshotTo(path: string): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The case is closed.'));
    const result = this.queue.then(async () => {
      await this.writer.run('VACUUM INTO ?', [path]);
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runTransaction<T>(work: (tx: DbWriter) => Promise<T>): Promise<T> {
    let open = true;
    const writer = this.writer;
    const tx = writerOf(writer, () => open);
    await writer.exec('BEGIN IMMEDIATE');
    try {
      const value = await work(tx);
      await writer.exec('COMMIT');
      return value;
    } catch (error) {
      await writer.exec('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      open = false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    if (this.readOnly) {
      await this.writer.close();
      return;
    }
    await this.writer.exec('PRAGMA optimize').catch(() => undefined);
    await this.readConnection.close();
    await this.writer.close();
  }
}

const WRITER_PRAGMAS = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = FULL;
  PRAGMA foreign_keys = ON;
  PRAGMA temp_store = MEMORY;
`;

/** Marks a file as a Parallax case ('PRLX'), so another program's SQLite file is not taken for one. */
const PARALLAX_APPLICATION_ID = 0x50524c58;

/** Refuses files that are not ours or too new, before anything (even WAL mode) touches them. */
async function checkCaseFile(
  path: string,
  connection: SqlConnection,
  readOnly: boolean,
): Promise<void> {
  let applicationId: number;
  let tables: number;
  try {
    const [idRow] = await connection.all('PRAGMA application_id', []);
    applicationId = Number(idRow?.application_id ?? 0);
    const [countRow] = await connection.all('SELECT count(*) AS n FROM sqlite_schema', []);
    tables = Number(countRow?.n ?? 0);
  } catch (error) {
    throw new ParallaxError(
      'case-unavailable',
      `${path} is not a Parallax case file, or it is damaged (${(error as Error).message}).`,
    );
  }
  if (applicationId !== PARALLAX_APPLICATION_ID && (applicationId !== 0 || tables > 0)) {
    throw new ParallaxError(
      'case-unavailable',
      `${path} is an SQLite file of another program, not a Parallax case; it was not changed.`,
    );
  }
  const version = await checkSchemaVersion(connection);
  if (version > 0 && version < LATEST_SCHEMA_VERSION) {
    if (readOnly) {
      throw new ParallaxError(
        'case-unavailable',
        `${path} is from an older Parallax and must be upgraded, which needs write access, but it is on read-only storage. Copy it to a writable folder and open it there.`,
      );
    }
    // A case from an older Parallax: a snapshot of it as it was, before any migration touches it.
    await backupBeforeMigration(connection, path);
  }
}

/** Opens a case on read-only storage: one immutable connection, no schema change, no writes. */
async function openReadOnly(path: string): Promise<CaseDatabase> {
  let connection: SqlConnection;
  try {
    connection = await openSqlite3(path, { immutable: true });
  } catch (error) {
    throw new ParallaxError(
      'case-unavailable',
      `Cannot open the case file ${path}: ${(error as Error).message}`,
    );
  }
  try {
    await checkCaseFile(path, connection, true);
    return new QueuedCaseDatabase(path, connection, connection, true);
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Opens (creating if missing) a case file and brings its schema up to date; with readOnly, opens
 * it as it is, for reading only.
 */
export async function openCaseDatabase(
  path: string,
  options: { readOnly?: boolean } = {},
): Promise<CaseDatabase> {
  if (options.readOnly) return openReadOnly(path);
  let writer: SqlConnection;
  try {
    writer = await openSqlite3(path, { serialized: true });
  } catch (error) {
    throw new ParallaxError(
      'case-unavailable',
      `Cannot open the case file ${path}: ${(error as Error).message}`,
    );
  }
  try {
    await checkCaseFile(path, writer, false);
    await writer.exec(WRITER_PRAGMAS);
    await writer.exec(`PRAGMA application_id = ${PARALLAX_APPLICATION_ID}`);
    await migrate(writer);
    const reader = await openSqlite3(path, { readonly: true });
    await reader.exec('PRAGMA query_only = ON;');
    return new QueuedCaseDatabase(path, writer, reader);
  } catch (error) {
    await writer.close().catch(() => undefined);
    throw error;
  }
}

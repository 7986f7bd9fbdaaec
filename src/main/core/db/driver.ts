// The only file that knows the `sqlite3` npm package. Everything else sees `SqlConnection`, so the
// driver can be replaced (node-sqlite3 is marked unmaintained upstream) without touching queries.
import { pathToFileURL } from 'node:url';
import sqlite3 from 'sqlite3';
import type { SqlValue } from './sql';

export type Row = Record<string, unknown>;

export interface RunResult {
  lastID: number;
  changes: number;
}

export interface SqlConnection {
  all(text: string, values: readonly SqlValue[]): Promise<Row[]>;
  run(text: string, values: readonly SqlValue[]): Promise<RunResult>;
  /** Runs several statements without parameters (pragmas, migrations, BEGIN/COMMIT). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly?: boolean;
  /**
   * Read a file nothing can change while it is open (a read-only medium): no locks, no WAL or
   * shared-memory files are created beside it. Implies readonly.
   */
  immutable?: boolean;
  /** How long a statement waits for another process's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /**
   * Run statements strictly in the order they were issued, even when the caller does not await
   * each one: lets the writer queue a document's inserts and go on analysing the next file.
   */
  serialized?: boolean;
}

/** Prepared statements are cached by SQL text: each query shape is compiled once per connection. */
const STATEMENT_CACHE_SIZE = 64;

class Sqlite3Connection implements SqlConnection {
  private readonly statements = new Map<string, Promise<sqlite3.Statement>>();

  constructor(private readonly db: sqlite3.Database) {}

  /** A prepared statement for `text`; a statement that fails to prepare rejects and is not cached. */
  private statement(text: string): Promise<sqlite3.Statement> {
    const cached = this.statements.get(text);
    if (cached) {
      // Re-insert to keep the map in least-recently-used order.
      this.statements.delete(text);
      this.statements.set(text, cached);
      return cached;
    }
    const prepared = new Promise<sqlite3.Statement>((resolve, reject) => {
      const statement: sqlite3.Statement = this.db.prepare(text, (error: Error | null) =>
        error ? reject(error) : resolve(statement),
      );
    });
    prepared.catch(() => this.statements.delete(text));
    this.statements.set(text, prepared);
    if (this.statements.size > STATEMENT_CACHE_SIZE) {
      const [oldestText, oldest] = this.statements.entries().next().value as [
        string,
        Promise<sqlite3.Statement>,
      ];
      this.statements.delete(oldestText);
      void oldest.then(
        (statement) => statement.finalize(),
        () => undefined,
      );
    }
    return prepared;
  }

  async all(text: string, values: readonly SqlValue[]): Promise<Row[]> {
    const statement = await this.statement(text);
    return new Promise((resolve, reject) => {
      statement.all<Row>([...values], (error, rows) => (error ? reject(error) : resolve(rows)));
    });
  }

  async run(text: string, values: readonly SqlValue[]): Promise<RunResult> {
    const statement = await this.statement(text);
    return new Promise((resolve, reject) => {
      statement.run([...values], function (this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ lastID: this.lastID, changes: this.changes });
      });
    });
  }

  exec(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.exec(text, (error) => (error ? reject(error) : resolve()));
    });
  }

  async close(): Promise<void> {
    const statements = await Promise.allSettled(this.statements.values());
    await Promise.all(
      statements.map((settled) =>
        settled.status === 'fulfilled'
          ? new Promise<void>((resolve) => settled.value.finalize(() => resolve()))
          : undefined,
      ),
    );
    this.statements.clear();
    await new Promise<void>((resolve, reject) => {
      this.db.close((error) => (error ? reject(error) : resolve()));
    });
  }
}

export function openSqlite3(path: string, options: OpenOptions = {}): Promise<SqlConnection> {
  const mode = options.immutable
    ? sqlite3.OPEN_READONLY | sqlite3.OPEN_URI
    : options.readonly
      ? sqlite3.OPEN_READONLY
      : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
  const target = options.immutable ? `${pathToFileURL(path).href}?immutable=1` : path;
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(target, mode, (error) => {
      if (error) {
        reject(error);
        return;
      }
      db.configure('busyTimeout', options.busyTimeoutMs ?? 5_000);
      if (options.serialized) db.serialize();
      resolve(new Sqlite3Connection(db));
    });
  });
}

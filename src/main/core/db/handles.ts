// The query handles code above the driver uses: typed SqlQuery in, rows out. Made over a raw
// connection by the case database (its transactions and reader) and by migrations that compute
// values in TypeScript.
import type { Row, RunResult, SqlConnection } from './driver';
import type { SqlQuery } from './sql';

export interface DbReader {
  all<T extends Row>(query: SqlQuery): Promise<T[]>;
  get<T extends Row>(query: SqlQuery): Promise<T | undefined>;
}

export interface DbWriter extends DbReader {
  run(query: SqlQuery): Promise<RunResult>;
}

/** `isOpen` false makes every call throw: a handle must not outlive its transaction. */
export function readerOf(connection: SqlConnection, isOpen: () => boolean = () => true): DbReader {
  const check = (): void => {
    if (!isOpen()) throw new Error('This transaction has already ended.');
  };
  return {
    async all<T extends Row>(query: SqlQuery) {
      check();
      return (await connection.all(query.text, query.values)) as T[];
    },
    async get<T extends Row>(query: SqlQuery) {
      check();
      const rows = await connection.all(query.text, query.values);
      return rows[0] as T | undefined;
    },
  };
}

export function writerOf(connection: SqlConnection, isOpen: () => boolean = () => true): DbWriter {
  return {
    ...readerOf(connection, isOpen),
    async run(query: SqlQuery) {
      if (!isOpen()) throw new Error('This transaction has already ended.');
      return connection.run(query.text, query.values);
    },
  };
}

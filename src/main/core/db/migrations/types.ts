import type { SqlConnection } from '../driver';

export interface Migration {
  /** Numbered in tens so a fix can slot in between; stored in PRAGMA user_version. */
  version: number;
  name: string;
  sql: string;
  /**
   * Work SQL alone cannot do (a value computed in TypeScript for every existing row), run after
   * `sql` in the same transaction.
   */
  fill?: (connection: SqlConnection) => Promise<void>;
}

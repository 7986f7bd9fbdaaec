export interface Migration {
  /** Numbered in tens so a fix can slot in between; stored in PRAGMA user_version. */
  version: number;
  name: string;
  sql: string;
}

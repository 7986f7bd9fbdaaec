// A parameterising `sql` tag: values are always bound, never spliced into the SQL text.
// Identifiers (rare: migrations, dynamic ORDER BY) go through `sql.identifier`, which whitelists them.

export type SqlValue = string | number | bigint | null | Uint8Array;

export class SqlQuery {
  constructor(
    readonly text: string,
    readonly values: readonly SqlValue[],
  ) {}
}

type SqlPart = SqlValue | SqlQuery;

export function sql(strings: TemplateStringsArray, ...parts: SqlPart[]): SqlQuery {
  let text = strings[0] ?? '';
  const values: SqlValue[] = [];
  parts.forEach((part, i) => {
    if (part instanceof SqlQuery) {
      text += part.text;
      values.push(...part.values);
    } else {
      text += '?';
      values.push(part);
    }
    text += strings[i + 1] ?? '';
  });
  return new SqlQuery(text, values);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A table or column name, checked against a strict pattern so it can never carry SQL. */
sql.identifier = (name: string): SqlQuery => {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe SQL identifier: ${JSON.stringify(name)}`);
  return new SqlQuery(`"${name}"`, []);
};

sql.join = (queries: readonly SqlQuery[], separator = ', '): SqlQuery =>
  new SqlQuery(
    queries.map((q) => q.text).join(separator),
    queries.flatMap((q) => q.values),
  );

/**
 * Binds many rows as one JSON parameter, to be read with `json_each(…)`: the statement text stays
 * the same whatever the number of rows (prepared once), and SQLite parses the rows off the main
 * thread instead of Node binding thousands of parameters on it.
 */
sql.json = (value: unknown): SqlQuery => new SqlQuery('?', [JSON.stringify(value)]);

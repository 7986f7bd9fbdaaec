import { describe, expect, it } from 'vitest';
import { sql } from '../../../../src/main/core/db/sql';

describe('sql tag', () => {
  it('binds every value as a parameter, never as text', () => {
    const name = "x'); DROP TABLE documents; --";
    const query = sql`SELECT id FROM documents WHERE title = ${name} AND id > ${3}`;
    expect(query.text).toBe('SELECT id FROM documents WHERE title = ? AND id > ?');
    expect(query.values).toEqual([name, 3]);
  });

  it('nests fragments with their values in order', () => {
    const where = sql`language = ${'ar'}`;
    const query = sql`SELECT * FROM documents WHERE ${where} LIMIT ${5}`;
    expect(query.text).toBe('SELECT * FROM documents WHERE language = ? LIMIT ?');
    expect(query.values).toEqual(['ar', 5]);
  });

  it('binds a whole row set as one JSON parameter', () => {
    const rows = [
      [1, 'مالي'],
      [2, null],
    ];
    const query = sql`INSERT INTO t SELECT value->>0, value->>1 FROM json_each(${sql.json(rows)})`;
    expect(query.text).toBe('INSERT INTO t SELECT value->>0, value->>1 FROM json_each(?)');
    expect(query.values).toEqual([JSON.stringify(rows)]);
  });

  it.each(['title', 'published_at', '_x1'])('accepts the identifier %s', (name) => {
    expect(sql.identifier(name).text).toBe(`"${name}"`);
  });

  it.each(['title; DROP', 'a"b', '1abc', '', 'x y'])('refuses the identifier %j', (name) => {
    expect(() => sql.identifier(name)).toThrow(/Not a safe SQL identifier/);
  });
});

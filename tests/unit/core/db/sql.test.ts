import { describe, expect, it } from 'vitest';
import { chunkRows, sql } from '../../../../src/main/core/db/sql';

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

  it('builds multi-row VALUES lists', () => {
    const query = sql`INSERT INTO t (a, b) VALUES ${sql.rows([
      [1, 'x'],
      [2, null],
    ])}`;
    expect(query.text).toBe('INSERT INTO t (a, b) VALUES (?, ?), (?, ?)');
    expect(query.values).toEqual([1, 'x', 2, null]);
  });

  it.each(['title', 'published_at', '_x1'])('accepts the identifier %s', (name) => {
    expect(sql.identifier(name).text).toBe(`"${name}"`);
  });

  it.each(['title; DROP', 'a"b', '1abc', '', 'x y'])('refuses the identifier %j', (name) => {
    expect(() => sql.identifier(name)).toThrow(/Not a safe SQL identifier/);
  });
});

describe('chunkRows', () => {
  it('keeps each chunk under the parameter limit', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => i);
    const chunks = chunkRows(rows, 7, 30_000);
    expect(chunks.every((c) => c.length * 7 <= 30_000)).toBe(true);
    expect(chunks.flat()).toEqual(rows);
  });
});

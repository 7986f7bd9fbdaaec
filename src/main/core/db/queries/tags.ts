// SQL for the tag tree.
import type { Tag, TagId } from '../../../../shared/domain';
import type { DbReader, DbWriter } from '../connection';
import { sql } from '../sql';

interface TagRow {
  [column: string]: unknown;
  id: number;
  uid: string;
  name: string;
  parent_id: number | null;
  color: string;
  quote_count: number;
}

const toTag = (row: TagRow): Tag => ({
  id: row.id as TagId,
  uid: row.uid,
  name: row.name,
  parentId: row.parent_id as TagId | null,
  color: row.color,
  quoteCount: row.quote_count,
});

const TAG_COLUMNS = sql`t.id, t.uid, t.name, t.parent_id, t.color,
  (SELECT count(*) FROM quote_tags qt WHERE qt.tag_id = t.id) AS quote_count`;

/** Every tag, parents before children, siblings by name. */
export async function listTags(db: DbReader): Promise<Tag[]> {
  const rows = await db.all<TagRow>(sql`
    WITH RECURSIVE tree(id, path) AS (
      SELECT id, name_key FROM tags WHERE parent_id IS NULL
      UNION ALL
      SELECT t.id, tree.path || char(1) || t.name_key FROM tags t JOIN tree ON t.parent_id = tree.id
    )
    SELECT ${TAG_COLUMNS} FROM tree JOIN tags t ON t.id = tree.id ORDER BY tree.path`);
  return rows.map(toTag);
}

export async function getTag(db: DbReader, id: TagId): Promise<Tag | undefined> {
  const row = await db.get<TagRow>(sql`SELECT ${TAG_COLUMNS} FROM tags t WHERE t.id = ${id}`);
  return row ? toTag(row) : undefined;
}

/** The sibling (same parent) whose folded name is `nameKey`, if any. */
export async function findSibling(
  db: DbReader,
  parentId: TagId | null,
  nameKey: string,
): Promise<TagId | undefined> {
  const row = await db.get<{ id: number }>(sql`
    SELECT id FROM tags WHERE coalesce(parent_id, 0) = ${parentId ?? 0} AND name_key = ${nameKey}`);
  return row?.id as TagId | undefined;
}

/** The tag and its ancestors, nearest first. */
export async function ancestorsOf(db: DbReader, id: TagId): Promise<TagId[]> {
  const rows = await db.all<{ id: number }>(sql`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM tags WHERE id = ${id}
      UNION ALL
      SELECT t.id, t.parent_id, up.depth + 1 FROM tags t JOIN up ON t.id = up.parent_id
    )
    SELECT id FROM up ORDER BY depth`);
  return rows.map((r) => r.id as TagId);
}

export async function childrenOf(
  db: DbReader,
  id: TagId,
): Promise<{ id: TagId; nameKey: string }[]> {
  const rows = await db.all<{ id: number; name_key: string }>(
    sql`SELECT id, name_key FROM tags WHERE parent_id = ${id} ORDER BY id`,
  );
  return rows.map((r) => ({ id: r.id as TagId, nameKey: r.name_key }));
}

export async function countTags(db: DbReader): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM tags`);
  return row?.n ?? 0;
}

export interface NewTag {
  uid: string;
  name: string;
  nameKey: string;
  parentId: TagId | null;
  color: string;
  now: string;
}

export async function insertTag(tx: DbWriter, tag: NewTag): Promise<TagId> {
  const result = await tx.run(sql`
    INSERT INTO tags (uid, parent_id, name, name_key, color, created_at, updated_at)
    VALUES (${tag.uid}, ${tag.parentId}, ${tag.name}, ${tag.nameKey}, ${tag.color}, ${tag.now}, ${tag.now})`);
  return result.lastID as TagId;
}

export async function updateTagRow(
  tx: DbWriter,
  id: TagId,
  changes: { name: string; nameKey: string; parentId: TagId | null; color: string; now: string },
): Promise<void> {
  await tx.run(sql`
    UPDATE tags SET name = ${changes.name}, name_key = ${changes.nameKey},
      parent_id = ${changes.parentId}, color = ${changes.color}, updated_at = ${changes.now}
    WHERE id = ${id}`);
}

export async function setParent(tx: DbWriter, id: TagId, parentId: TagId | null, now: string) {
  await tx.run(sql`UPDATE tags SET parent_id = ${parentId}, updated_at = ${now} WHERE id = ${id}`);
}

/**
 * Files every quote of `from` under `into` as well (keeping its place in each quote's order);
 * returns how many quotes `from` had.
 */
export async function copyQuoteTags(tx: DbWriter, from: TagId, into: TagId): Promise<number> {
  await tx.run(sql`
    INSERT OR IGNORE INTO quote_tags (quote_id, tag_id, position)
    SELECT quote_id, ${into}, position FROM quote_tags WHERE tag_id = ${from}`);
  const row = await tx.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM quote_tags WHERE tag_id = ${from}`,
  );
  return row?.n ?? 0;
}

/** Quotes whose only tag is this one: they stay, untagged, when it goes. */
export async function countQuotesOnlyUnder(db: DbReader, id: TagId): Promise<number> {
  const row = await db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM quote_tags qt
    WHERE qt.tag_id = ${id}
      AND NOT EXISTS (SELECT 1 FROM quote_tags o WHERE o.quote_id = qt.quote_id AND o.tag_id <> ${id})`);
  return row?.n ?? 0;
}

export async function deleteTagRow(tx: DbWriter, id: TagId): Promise<void> {
  await tx.run(sql`DELETE FROM tags WHERE id = ${id}`);
}

// The tag tree's rules: sibling names unique (as search folds them), no cycles, merging moves
// quotes and children, deleting keeps every quote (untagged if it had no other tag).
import { randomUUID } from 'node:crypto';
import type { Tag, TagId } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import type { CaseDatabase, DbReader, DbWriter } from '../db/connection';
import {
  ancestorsOf,
  childrenOf,
  copyQuoteTags,
  countQuotesOnlyUnder,
  countTags,
  deleteTagRow,
  findSibling,
  getTag,
  insertTag,
  listTags,
  setParent,
  updateTagRow,
} from '../db/queries/tags';
import { TAG_PALETTE } from '../../../shared/quotes/palette';
import { foldForSearch } from '../text/normalise';

const nameKeyOf = (name: string): string =>
  foldForSearch(name.normalize('NFC')).replace(/\s+/g, ' ');

async function tagOrThrow(db: DbReader, id: TagId): Promise<Tag> {
  const tag = await getTag(db, id);
  if (!tag)
    throw new ParallaxError('not-found', `There is no tag ${id} (it may have been deleted).`);
  return tag;
}

async function refuseSibling(
  db: DbReader,
  parentId: TagId | null,
  name: string,
  except?: TagId,
): Promise<void> {
  const existing = await findSibling(db, parentId, nameKeyOf(name));
  if (existing !== undefined && existing !== except) {
    const where = parentId === null ? 'at the top of the tree' : 'under that parent';
    throw new ParallaxError('invalid-input', `A tag named “${name}” already exists ${where}.`);
  }
}

export async function createTag(
  tx: DbWriter,
  input: { name: string; parentId?: TagId | null | undefined; color?: string | undefined },
): Promise<TagId> {
  const parentId = input.parentId ?? null;
  if (parentId !== null) await tagOrThrow(tx, parentId);
  const name = input.name.normalize('NFC').trim();
  await refuseSibling(tx, parentId, name);
  const color =
    input.color?.toLowerCase() ?? TAG_PALETTE[(await countTags(tx)) % TAG_PALETTE.length]?.color;
  return insertTag(tx, {
    uid: randomUUID(),
    name,
    nameKey: nameKeyOf(name),
    parentId,
    color: color as string,
    now: new Date().toISOString(),
  });
}

/** The tag with this name at the top of the tree, created if there is none. */
export async function tagNamed(tx: DbWriter, name: string): Promise<TagId> {
  const existing = await findSibling(tx, null, nameKeyOf(name.normalize('NFC').trim()));
  return existing ?? createTag(tx, { name });
}

export class TagService {
  constructor(private readonly db: CaseDatabase) {}

  list(): Promise<Tag[]> {
    return listTags(this.db.reader);
  }

  async create(input: { name: string; parentId?: TagId | null; color?: string }): Promise<Tag> {
    const id = await this.db.transaction((tx) => createTag(tx, input));
    return tagOrThrow(this.db.reader, id);
  }

  async update(
    id: TagId,
    changes: {
      name?: string | undefined;
      parentId?: TagId | null | undefined;
      color?: string | undefined;
    },
  ): Promise<Tag> {
    await this.db.transaction(async (tx) => {
      const tag = await tagOrThrow(tx, id);
      const parentId = changes.parentId === undefined ? tag.parentId : changes.parentId;
      if (parentId !== null && parentId !== tag.parentId) {
        await tagOrThrow(tx, parentId);
        if ((await ancestorsOf(tx, parentId)).includes(id)) {
          throw new ParallaxError(
            'invalid-input',
            `“${tag.name}” cannot go under itself or one of its own sub-tags.`,
          );
        }
      }
      const name = (changes.name ?? tag.name).normalize('NFC').trim();
      await refuseSibling(tx, parentId, name, id);
      await updateTagRow(tx, id, {
        name,
        nameKey: nameKeyOf(name),
        parentId,
        color: changes.color?.toLowerCase() ?? tag.color,
        now: new Date().toISOString(),
      });
    });
    return tagOrThrow(this.db.reader, id);
  }

  async merge(from: TagId, into: TagId): Promise<{ into: Tag; moved: number }> {
    const moved = await this.db.transaction(async (tx) => {
      await tagOrThrow(tx, from);
      await tagOrThrow(tx, into);
      if ((await ancestorsOf(tx, into)).includes(from)) {
        throw new ParallaxError(
          'invalid-input',
          'A tag cannot be merged into one of its own sub-tags: move that sub-tag out first.',
        );
      }
      return mergeInto(tx, from, into, new Date().toISOString());
    });
    return { into: await tagOrThrow(this.db.reader, into), moved };
  }

  async delete(id: TagId): Promise<{ untagged: number }> {
    return this.db.transaction(async (tx) => {
      const tag = await tagOrThrow(tx, id);
      const untagged = await countQuotesOnlyUnder(tx, id);
      const now = new Date().toISOString();
      // Children move up a level; one named like a sibling there merges into it.
      for (const child of await childrenOf(tx, id)) {
        const clash = await findSibling(tx, tag.parentId, child.nameKey);
        if (clash !== undefined && clash !== id) await mergeInto(tx, child.id, clash, now);
        else await setParent(tx, child.id, tag.parentId, now);
      }
      await deleteTagRow(tx, id);
      return { untagged };
    });
  }
}

/**
 * Files `from`'s quotes under `into`, moves its children under `into` (merging those named like
 * one of `into`'s), and removes `from`. Returns how many quotes were under `from` (and its
 * merged sub-tags).
 */
async function mergeInto(tx: DbWriter, from: TagId, into: TagId, now: string): Promise<number> {
  let moved = await copyQuoteTags(tx, from, into);
  for (const child of await childrenOf(tx, from)) {
    const clash = await findSibling(tx, into, child.nameKey);
    if (clash !== undefined) moved += await mergeInto(tx, child.id, clash, now);
    else await setParent(tx, child.id, into, now);
  }
  await deleteTagRow(tx, from);
  return moved;
}

// Finding a tag as the user types its name: each tag is shown by its path in the tree ("Parent ›
// Child") and matched without regard to case, accents, harakat, tatweel or alef/ya spellings, so
// "cooperation" finds "Coopération" and تعاون finds تَعَاوُن. Pure.
import type { Tag, TagId } from '../domain/quotes';
import { foldForLookup } from '../text/lookup';

export const TAG_PATH_SEPARATOR = ' › ';

/** The names from the root down to the tag; a broken or cyclic parent chain stops the walk. */
export function tagPath(tag: Tag, byId: ReadonlyMap<TagId, Tag>): string {
  const names = [tag.name];
  const seen = new Set<TagId>([tag.id]);
  let parent = tag.parentId === null ? undefined : byId.get(tag.parentId);
  while (parent && !seen.has(parent.id)) {
    names.unshift(parent.name);
    seen.add(parent.id);
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return names.join(TAG_PATH_SEPARATOR);
}

export interface TagMatch {
  tag: Tag;
  path: string;
}

/**
 * The tags whose name or path contains what was typed, best first: an exact name, then names that
 * start with it, then the rest; ties by path. Tags in `exclude` (already chosen) are left out.
 */
export function matchTags(
  tags: readonly Tag[],
  typed: string,
  exclude: ReadonlySet<TagId> = new Set(),
  limit = 8,
): TagMatch[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const needle = foldForLookup(typed);
  const ranked: { match: TagMatch; rank: number }[] = [];
  for (const tag of tags) {
    if (exclude.has(tag.id)) continue;
    const path = tagPath(tag, byId);
    const name = foldForLookup(tag.name);
    let rank: number;
    if (needle === '') rank = 3;
    else if (name === needle) rank = 0;
    else if (name.startsWith(needle)) rank = 1;
    else if (foldForLookup(path).includes(needle)) rank = 2;
    else continue;
    ranked.push({ match: { tag, path }, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.match.path.localeCompare(b.match.path));
  return ranked.slice(0, limit).map((entry) => entry.match);
}

/** The tag whose name is exactly what was typed (folded), if any: typing it again reuses it. */
export function exactTag(tags: readonly Tag[], typed: string): Tag | undefined {
  const needle = foldForLookup(typed);
  return needle === '' ? undefined : tags.find((tag) => foldForLookup(tag.name) === needle);
}

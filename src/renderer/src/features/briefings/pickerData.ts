// The pure part of the draft dialog's picker: tags in tree order.
import type { Tag } from '../../../../shared/domain';

/** Tags in tree order with their depth (parents before children, siblings by name). */
export function tagsInTreeOrder(tags: readonly Tag[]): { tag: Tag; depth: number }[] {
  const children = new Map<number | null, Tag[]>();
  for (const tag of tags) {
    const parent = tag.parentId === null ? null : (tag.parentId as number);
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const ordered: { tag: Tag; depth: number }[] = [];
  const visit = (parent: number | null, depth: number, seen: Set<number>) => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const tag of siblings) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      ordered.push({ tag, depth });
      visit(tag.id, depth + 1, seen);
    }
  };
  visit(null, 0, new Set());
  return ordered;
}

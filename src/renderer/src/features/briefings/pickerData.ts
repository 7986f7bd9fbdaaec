// The pure parts of the pickers: tags in tree order for the draft dialog, and the loose match the
// source picker filters documents with.
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

/** Lower case without accents or Arabic harakat, so "defense" finds "Défense". */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word typed appears in the text, as foldForMatch sees both. */
export function matchesWords(text: string, query: string): boolean {
  const haystack = foldForMatch(text);
  return foldForMatch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

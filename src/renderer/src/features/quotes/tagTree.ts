// The tag list as a tree: parents before children, siblings in the server's order (by name).
import type { Tag } from '../../../../shared/domain';

export interface TagForest {
  byId: ReadonlyMap<number, Tag>;
  /** Children of each tag; key null holds the top level. */
  children: ReadonlyMap<number | null, readonly Tag[]>;
  /** Every tag in tree order with its depth (0 at the top). */
  ordered: readonly { tag: Tag; depth: number }[];
}

export function buildForest(tags: readonly Tag[]): TagForest {
  const byId = new Map<number, Tag>(tags.map((tag) => [tag.id, tag]));
  const children = new Map<number | null, Tag[]>();
  for (const tag of tags) {
    // A parent missing from the list (deleted meanwhile) puts its children at the top.
    const parent = tag.parentId !== null && byId.has(tag.parentId) ? tag.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(tag);
    else children.set(parent, [tag]);
  }
  const ordered: { tag: Tag; depth: number }[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const tag of children.get(parent) ?? []) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      ordered.push({ tag, depth });
      walk(tag.id, depth + 1);
    }
  };
  walk(null, 0);
  return { byId, children, ordered };
}

export interface VisibleTag {
  tag: Tag;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** The rows a tree shows: descendants of collapsed tags are left out. */
export function visibleTags(forest: TagForest, collapsed: ReadonlySet<number>): VisibleTag[] {
  const rows: VisibleTag[] = [];
  let hideDeeperThan = Infinity;
  for (const { tag, depth } of forest.ordered) {
    if (depth > hideDeeperThan) continue;
    hideDeeperThan = Infinity;
    const hasChildren = (forest.children.get(tag.id)?.length ?? 0) > 0;
    const expanded = hasChildren && !collapsed.has(tag.id);
    rows.push({ tag, depth, hasChildren, expanded });
    if (hasChildren && !expanded) hideDeeperThan = depth;
  }
  return rows;
}

/** The tag and all tags under it. */
export function subtreeIds(forest: TagForest, id: number): Set<number> {
  const ids = new Set<number>([id]);
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    for (const child of forest.children.get(current) ?? []) {
      if (!ids.has(child.id)) {
        ids.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return ids;
}

/** "Sahel › Mali": where a tag sits, for pickers and confirmations. */
export function tagPath(forest: TagForest, id: number): string {
  const names: string[] = [];
  const seen = new Set<number>();
  let current = forest.byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId === null ? undefined : forest.byId.get(current.parentId);
  }
  return names.join(' › ');
}

/** Tags that may become the parent of `id`: neither itself nor one of its descendants. */
export function parentCandidates(forest: TagForest, id: number): { tag: Tag; depth: number }[] {
  const excluded = subtreeIds(forest, id);
  return forest.ordered.filter(({ tag }) => !excluded.has(tag.id));
}

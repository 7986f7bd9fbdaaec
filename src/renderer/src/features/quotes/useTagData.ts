// The tag list and the counts beside it: every quote, the untagged ones, and for each tag with
// sub-tags the quotes filed anywhere under it (a quote under a tag and its sub-tag counts once,
// so these are asked of the server, not summed here).
import { useMemo } from 'react';
import type { Tag, TagId } from '../../../../shared/domain';
import { api, useQuery, type ParallaxError } from '../../api';
import { buildForest, type TagForest } from './tagTree';

export interface TagCounts {
  all: number;
  untagged: number;
  /** Quotes under the tag or any of its sub-tags; only tags with sub-tags are listed. */
  withSubtags: ReadonlyMap<number, number>;
}

export interface TagData {
  tags: Tag[] | undefined;
  forest: TagForest;
  counts: TagCounts | undefined;
  error: ParallaxError | null;
  refresh: () => void;
}

const totalOf = async (filter: Parameters<typeof api.listQuotes>[0]['filter']) =>
  (await api.listQuotes({ filter, groupBy: 'document', limit: 1 })).total;

export function useTagData(): TagData {
  const tags = useQuery('quotes:tags', () => api.listTags({}));
  const forest = useMemo(() => buildForest(tags.data ?? []), [tags.data]);
  const parents = useMemo(
    () => forest.ordered.filter(({ tag }) => forest.children.has(tag.id)).map(({ tag }) => tag.id),
    [forest],
  );
  const counts = useQuery(tags.data ? `quotes:tag-counts:${parents.join(',')}` : null, async () => {
    const [all, untagged, ...subtrees] = await Promise.all([
      totalOf({}),
      totalOf({ untagged: true }),
      ...parents.map((tagId) => totalOf({ tagId: tagId as TagId, includeSubtags: true })),
    ]);
    return {
      all: all ?? 0,
      untagged: untagged ?? 0,
      withSubtags: new Map(parents.map((id, index) => [id, subtrees[index] ?? 0])),
    };
  });
  return {
    tags: tags.data,
    forest,
    counts: counts.data,
    error: tags.error ?? counts.error,
    refresh: tags.refresh,
  };
}

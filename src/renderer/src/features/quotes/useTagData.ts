// The tag list and the counts beside it: every quote, the untagged ones, and for each tag with
// sub-tags the quotes filed anywhere under it (a quote under a tag and its sub-tag counts once,
// so these are asked of the server, not summed here), all in one call.
import { useCallback, useMemo } from 'react';
import type { Tag } from '../../../../shared/domain';
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

export function useTagData(): TagData {
  const tags = useQuery('quotes:tags', () => api.listTags({}));
  const forest = useMemo(() => buildForest(tags.data ?? []), [tags.data]);
  const totals = useQuery(tags.data ? 'quotes:totals' : null, () => api.getQuoteTotals({}));
  const counts = useMemo(
    (): TagCounts | undefined =>
      totals.data && {
        all: totals.data.all,
        untagged: totals.data.untagged,
        withSubtags: new Map(totals.data.subtrees.map((s) => [s.tagId as number, s.quotes])),
      },
    [totals.data],
  );
  const { refresh: refreshTags } = tags;
  const { refresh: refreshTotals } = totals;
  const refresh = useCallback(() => {
    refreshTags();
    refreshTotals();
  }, [refreshTags, refreshTotals]);
  return {
    tags: tags.data,
    forest,
    counts,
    error: tags.error ?? totals.error,
    refresh,
  };
}

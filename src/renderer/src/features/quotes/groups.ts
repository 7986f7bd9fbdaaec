// The quote list as the virtualiser sees it: group headers (by first tag or by document, as the
// server orders rows) interleaved with quotes.
import type { QuoteGrouping, QuoteRow, Tag } from '../../../../shared/domain';

export interface GroupItem {
  kind: 'group';
  key: string;
  label: string;
  color: string | null;
  language: string | null;
  count: number;
  /** False for the last group while more rows are loading: its count may still grow. */
  complete: boolean;
}

export interface QuoteItem {
  kind: 'quote';
  key: string;
  row: QuoteRow;
}

export type ListItem = GroupItem | QuoteItem;

function groupOf(
  row: QuoteRow,
  groupBy: QuoteGrouping,
  tags: ReadonlyMap<number, Tag>,
): Omit<GroupItem, 'count' | 'complete'> {
  if (groupBy === 'document') {
    return {
      kind: 'group',
      key: `document:${row.documentId}`,
      label: row.documentTitle,
      color: null,
      language: row.language,
    };
  }
  const first = row.tagIds[0];
  const tag = first === undefined ? undefined : tags.get(first);
  if (!tag)
    return { kind: 'group', key: 'untagged', label: 'Untagged', color: null, language: null };
  return { kind: 'group', key: `tag:${tag.id}`, label: tag.name, color: tag.color, language: null };
}

export function listItems(
  rows: readonly QuoteRow[],
  groupBy: QuoteGrouping,
  tags: ReadonlyMap<number, Tag>,
  complete: boolean,
): ListItem[] {
  const items: ListItem[] = [];
  let header: GroupItem | null = null;
  let currentKey = '';
  for (const row of rows) {
    const group = groupOf(row, groupBy, tags);
    if (header === null || group.key !== currentKey) {
      currentKey = group.key;
      // A group split by the sort (two tags folding to one name) gets a second header.
      header = { ...group, key: `${group.key}#${items.length}`, count: 0, complete: true };
      items.push(header);
    }
    header.count++;
    items.push({ kind: 'quote', key: `quote:${row.id}`, row });
  }
  if (header && !complete) header.complete = false;
  return items;
}

// Filtered quotes as a file an analyst can hand on: CSV (UTF-8 with a BOM, so spreadsheet programs
// show Arabic) or JSON, with each quote's source metadata, offsets and exact words.
import type { QuoteRow, Tag } from '../../../shared/domain';

const CSV_COLUMNS = [
  'quote_uid',
  'document_id',
  'title',
  'outlet',
  'published_at',
  'language',
  'file_name',
  'start',
  'end',
  'text',
  'prefix',
  'suffix',
  'note',
  'tags',
] as const;

/** Full path of each tag ("Sahel › Mali"), so a tag's place in the tree survives the export. */
export function tagPaths(tags: readonly Tag[]): Map<number, string> {
  const byId = new Map(tags.map((t) => [t.id as number, t]));
  const paths = new Map<number, string>();
  const pathOf = (tag: Tag): string => {
    const known = paths.get(tag.id);
    if (known !== undefined) return known;
    const parent = tag.parentId === null ? undefined : byId.get(tag.parentId);
    const path = parent ? `${pathOf(parent)} › ${tag.name}` : tag.name;
    paths.set(tag.id, path);
    return path;
  };
  tags.forEach(pathOf);
  return paths;
}

/**
 * One CSV cell. Quoted when needed (RFC 4180). A cell a spreadsheet would run as a formula
 * (=, +, -, @ first) gets a leading apostrophe: a hostile source text must not become a formula
 * on the analyst's machine. The JSON export keeps every text exactly.
 */
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function quotesAsCsv(rows: readonly QuoteRow[], tags: readonly Tag[]): string {
  const paths = tagPaths(tags);
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const values: (string | number | null)[] = [
      row.uid,
      row.documentId,
      row.documentTitle,
      row.outlet,
      row.publishedAt,
      row.language,
      row.fileName,
      row.start,
      row.end,
      row.text,
      row.prefix,
      row.suffix,
      row.note,
      row.tagIds.map((id) => paths.get(id) ?? '').join(' | '),
    ];
    lines.push(values.map(cell).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function quotesAsJson(rows: readonly QuoteRow[], tags: readonly Tag[]): string {
  const paths = tagPaths(tags);
  return `${JSON.stringify(
    rows.map((row) => ({
      id: row.id,
      uid: row.uid,
      documentId: row.documentId,
      source: {
        title: row.documentTitle,
        outlet: row.outlet,
        publishedAt: row.publishedAt,
        language: row.language,
        fileName: row.fileName,
      },
      start: row.start,
      end: row.end,
      text: row.text,
      prefix: row.prefix,
      suffix: row.suffix,
      note: row.note,
      tags: row.tagIds.map((id) => paths.get(id) ?? ''),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    })),
    null,
    2,
  )}\n`;
}

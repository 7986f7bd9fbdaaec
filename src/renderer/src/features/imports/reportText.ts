import type { ImportItem, ImportReport, ImportStatus } from '../../../../shared/domain';
import { plural } from '../../ui';

export function countByStatus(items: ImportItem[]): Record<ImportStatus, number> {
  const counts: Record<ImportStatus, number> = { imported: 0, duplicate: 0, rejected: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}

export function summariseReport(report: ImportReport): string {
  const counts = countByStatus(report.items);
  const parts = [
    `${plural(counts.imported, 'file')} imported`,
    plural(counts.duplicate, 'duplicate'),
    `${counts.rejected} rejected`,
  ];
  return `${report.cancelled ? 'Import cancelled' : 'Import finished'}: ${parts.join(', ')}.`;
}

/** Plain text for the clipboard: a summary line, then one tab-separated line per file. */
export function reportAsText(report: ImportReport): string {
  const lines = report.items.map((item) =>
    [item.status, item.file, item.reason ?? ''].join('\t').trimEnd(),
  );
  return [summariseReport(report), '', 'status\tfile\treason', ...lines].join('\n') + '\n';
}

// The fuzz run's summary as text: files per kind × result (upload pass), the slowest files, times.
import type { FuzzReport } from './hostileImport';
import { resultLabel } from './itemChecks';

const pad = (text: string, width: number): string => text.padStart(width);

export function summaryTable(report: FuzzReport): string {
  const counts = new Map<string, Map<string, number>>();
  const results = new Set<string>();
  for (const { file, upload } of report.outcomes) {
    const result = upload ? resultLabel(upload) : 'no answer';
    results.add(result);
    const row = counts.get(file.kind) ?? new Map<string, number>();
    row.set(result, (row.get(result) ?? 0) + 1);
    counts.set(file.kind, row);
  }
  const columns = [...results].sort();
  const first = Math.max(4, ...[...counts.keys()].map((k) => k.length));
  const widths = columns.map((c) => Math.max(c.length, 5));
  const lines = [
    ['kind'.padEnd(first), ...columns.map((c, i) => pad(c, widths[i]!)), pad('total', 6)].join(
      '  ',
    ),
  ];
  for (const [kind, row] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const total = [...row.values()].reduce((sum, n) => sum + n, 0);
    const cells = columns.map((c, i) => pad(String(row.get(c) ?? '·'), widths[i]!));
    lines.push([kind.padEnd(first), ...cells, pad(String(total), 6)].join('  '));
  }
  const named = report.outcomes.filter((o) => o.file.nameKind !== null).length;
  const slowest = [...report.outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
  lines.push(
    '',
    `${report.outcomes.length} files (${named} with hostile names), ${report.diskFiles} also from disk in one job (${(report.diskMs / 1000).toFixed(1)} s)`,
    `${report.digestChecks} refused files imported again between two digests of every table; ${report.literalChecks} stored texts compared with their file`,
    'slowest uploads:',
    ...slowest.map(
      (o) =>
        `  ${o.ms.toFixed(0).padStart(6)} ms  #${o.file.index} ${o.file.kind} (${(o.file.size / 1024).toFixed(0)} KiB) → ${o.upload ? resultLabel(o.upload) : 'no answer'}`,
    ),
    `total ${(report.totalMs / 1000).toFixed(1)} s; ${report.violations.length} violation(s)`,
  );
  return lines.join('\n');
}

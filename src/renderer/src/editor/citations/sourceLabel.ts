// The words a citation mark shows on hover, and its state, from what the store says about it.
import type { QuoteInfo, SourceInfo } from '../../../../shared/domain';
import { formatDate } from '../../ui/format';

/**
 * "Hespress, 22 Feb 2025 — Title"; a deleted source says so instead. The title comes last, as in
 * drafted source lines: a date after an Arabic title would join its right-to-left run.
 */
export function sourceTooltip(source: SourceInfo | undefined): string {
  if (source === undefined) return 'Loading source…';
  if (!source.exists) return 'Source deleted: this citation is broken';
  const date = source.publishedAt ? formatDate(source.publishedAt.slice(0, 10)) : 'undated';
  const outlet = source.outlet ?? 'Unknown outlet';
  return `${outlet}, ${date} — ${source.title}`;
}

export type QuoteStatus = 'unknown' | 'ok' | 'missing' | 'changed';

/** Unknown until the store has answered; a quote whose document is gone is missing too. */
export function quoteStatus(
  quote: QuoteInfo | undefined,
  source: SourceInfo | undefined,
): QuoteStatus {
  if (quote === undefined) return source !== undefined && !source.exists ? 'missing' : 'unknown';
  if (!quote.exists || (source !== undefined && !source.exists)) return 'missing';
  return quote.matchesSource ? 'ok' : 'changed';
}

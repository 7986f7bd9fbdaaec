// How briefing exports are named to the user, and what they read when one fails.
import type { BriefingExportFormat } from '../../../../shared/domain';
import type { ParallaxError } from '../../api';

export const FORMAT_LABELS: Record<BriefingExportFormat, string> = {
  pdf: 'PDF',
  html: 'HTML',
  md: 'Markdown',
};

/** What the user reads when an export fails: the format, and the core's reason (it names what to
 * install when no Chromium can print a PDF). */
export function exportFailure(format: BriefingExportFormat, error: ParallaxError): string {
  return `The ${FORMAT_LABELS[format]} export failed: ${error.message}`;
}

// Saving an exported briefing: the bytes become a download, which the browser saves and Electron
// turns into a save dialog (the same mechanism as the quote browser's CSV export).
import type { BriefingExportFormat, ExportedFile } from '../../../../shared/domain';
import type { ParallaxError } from '../../api';

export const FORMAT_LABELS: Record<BriefingExportFormat, string> = {
  pdf: 'PDF',
  html: 'HTML',
  md: 'Markdown',
};

export function downloadFile(file: ExportedFile): void {
  // A copy into a fresh ArrayBuffer: the bytes may be a view into a larger (or shared) buffer.
  const bytes = new Uint8Array(file.bytes);
  const url = URL.createObjectURL(new Blob([bytes.buffer], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; a minute is generous for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the user reads when an export fails: the format, and the core's reason (it names what to
 * install when no Chromium can print a PDF). */
export function exportFailure(format: BriefingExportFormat, error: ParallaxError): string {
  return `The ${FORMAT_LABELS[format]} export failed: ${error.message}`;
}

// PDF, HTML and Markdown export of the open briefing, with the progress of the one running.
import { BRIEFING_EXPORT_FORMATS, type BriefingExportFormat } from '../../../../shared/domain';
import { Button } from '../../ui';
import { FORMAT_LABELS } from './exportFile';

interface BriefingExportButtonsProps {
  running: BriefingExportFormat | null;
  pdfShortcut: string;
  onExport: (format: BriefingExportFormat) => void;
}

export function BriefingExportButtons({
  running,
  pdfShortcut,
  onExport,
}: BriefingExportButtonsProps) {
  return (
    <div className="briefing-export" role="group" aria-label="Export">
      {BRIEFING_EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          small
          disabled={running !== null}
          title={format === 'pdf' ? `Export as PDF (${pdfShortcut})` : undefined}
          onClick={() => onExport(format)}
        >
          {FORMAT_LABELS[format]}
        </Button>
      ))}
      {running && (
        <span className="briefing-export__progress" role="status">
          Exporting {FORMAT_LABELS[running]}…
        </span>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { ImportItem, ImportReport, ImportStatus } from '../../../../shared/domain';
import { Button, Dialog, VisibleBidiText, formatCount } from '../../ui';
import { countByStatus, reportAsText } from './reportText';

/** Rows shown at once; the copied report always has every file. */
const MAX_ROWS = 2_000;

const STATUS_LABELS: Record<ImportStatus, string> = {
  imported: 'Imported',
  duplicate: 'Duplicate',
  rejected: 'Rejected',
};

function ReportRow({ item }: { item: ImportItem }) {
  return (
    <tr className={`import-report__row import-report__row--${item.status}`}>
      <td className="import-report__file">
        <bdi>
          <VisibleBidiText text={item.file} />
        </bdi>
      </td>
      <td>
        <span className={`status-badge status-badge--${item.status}`}>
          {STATUS_LABELS[item.status]}
        </span>
      </td>
      <td className="import-report__reason" dir="auto">
        {/* Plain text, so dir="auto" sees it: an Arabic title then reads right to left. */}
        {item.reason ?? item.title ?? ''}
      </td>
    </tr>
  );
}

interface ImportReportDialogProps {
  report: ImportReport | null;
  onClose: () => void;
}

export function ImportReportDialog({ report, onClose }: ImportReportDialogProps) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const items = report?.items ?? [];
  const counts = countByStatus(items);

  const copy = () => {
    if (!report) return;
    navigator.clipboard.writeText(reportAsText(report)).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  const close = () => {
    setCopyState('idle');
    onClose();
  };

  return (
    <Dialog
      open={report !== null}
      title={report?.cancelled ? 'Import cancelled' : 'Import report'}
      onClose={close}
      wide
      footer={
        <>
          <span className="dialog__note" role="status">
            {copyState === 'copied' && 'Report copied to the clipboard.'}
            {copyState === 'failed' && 'Could not copy: the clipboard is not available.'}
          </span>
          <Button onClick={copy}>Copy report</Button>
          <Button variant="primary" onClick={close} data-autofocus>
            Close
          </Button>
        </>
      }
    >
      <p className="import-report__summary">
        <span className="status-badge status-badge--imported">
          {formatCount(counts.imported)} imported
        </span>
        <span className="status-badge status-badge--duplicate">
          {formatCount(counts.duplicate)} duplicate
        </span>
        <span className="status-badge status-badge--rejected">
          {formatCount(counts.rejected)} rejected
        </span>
      </p>
      <div className="import-report__scroll">
        <table className="import-report" aria-label="Files in this import">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Status</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, MAX_ROWS).map((item, index) => (
              <ReportRow key={index} item={item} />
            ))}
          </tbody>
        </table>
      </div>
      {items.length > MAX_ROWS && (
        <p className="dialog__note">
          {formatCount(items.length - MAX_ROWS)} more files are not listed here; Copy report
          includes them all.
        </p>
      )}
    </Dialog>
  );
}

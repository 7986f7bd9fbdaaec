import { Button, VisibleBidiText, formatCount } from '../../ui';
import type { ImportJob } from './useImportJob';

interface ImportProgressBarProps {
  job: ImportJob;
  onCancel: () => void;
}

export function ImportProgressBar({ job, onCancel }: ImportProgressBarProps) {
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <section className="import-progress" aria-label="Import progress">
      <div className="import-progress__text">
        <strong>
          {job.cancelling ? 'Cancelling…' : 'Importing'} {formatCount(job.done)} of{' '}
          {formatCount(job.total)}
        </strong>
        {job.current && (
          <span className="import-progress__current">
            <bdi>
              <VisibleBidiText text={job.current} />
            </bdi>
          </span>
        )}
      </div>
      <progress
        className="import-progress__bar"
        aria-label="Files imported"
        max={Math.max(job.total, 1)}
        value={job.done}
        aria-valuetext={`${job.done} of ${job.total} files (${percent}%)`}
      />
      <Button small onClick={onCancel} disabled={job.cancelling}>
        Cancel import
      </Button>
    </section>
  );
}

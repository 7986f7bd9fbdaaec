// "Saved" / "Saving…" / "Not saved: <reason>" with a retry, announced politely as it changes.
import { Button } from '../../ui';
import type { SaveStatus } from './saveQueue';

const TEXT = { saved: 'Saved', pending: 'Unsaved changes', saving: 'Saving…' } as const;

export function SaveStatusView({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  return (
    <span className={`save-status save-status--${status.kind}`}>
      <span role="status" data-testid="save-status">
        {status.kind === 'failed' ? `Not saved: ${status.reason}` : TEXT[status.kind]}
      </span>
      {status.kind === 'failed' && (
        <Button small variant="ghost" onClick={onRetry}>
          Retry
        </Button>
      )}
    </span>
  );
}

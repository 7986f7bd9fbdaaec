// Saved versions of the briefing, newest first. Choosing one shows it read-only; Restore puts it
// back in the editor and saves it as a new version (so the restore itself can be undone too).
import { useState } from 'react';
import { nodeText, type BriefingState } from '../../../../shared/briefings/state';
import type { BriefingId, BriefingRevision } from '../../../../shared/domain';
import { api, useQuery } from '../../api';
import { Button, formatLength, useReportError } from '../../ui';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

interface HistoryTabProps {
  briefingId: BriefingId;
  /** Moves on with each save, so the list reloads. */
  saveCount: number;
  onRestore: (content: BriefingState) => Promise<void>;
}

export function HistoryTab({ briefingId, saveCount, onRestore }: HistoryTabProps) {
  const revisions = useQuery(`revisions:${briefingId}:${saveCount}`, () =>
    api.listBriefingRevisions({ id: briefingId }),
  );
  const [preview, setPreview] = useState<BriefingRevision | null>(null);
  const [restoring, setRestoring] = useState(false);
  const reportError = useReportError();

  const show = async (revisionId: number) => {
    try {
      setPreview(await api.getBriefingRevision({ id: briefingId, revisionId }));
    } catch (error) {
      reportError(error);
    }
  };
  const restore = async () => {
    if (!preview) return;
    setRestoring(true);
    try {
      await onRestore(preview.content);
      setPreview(null);
    } finally {
      setRestoring(false);
    }
  };

  if (revisions.error) {
    return (
      <p className="briefing-tabs__empty" role="alert">
        The history could not be read: {revisions.error.message}
      </p>
    );
  }
  const list = revisions.data ?? [];
  return (
    <div className="briefing-history">
      {list.length === 0 ? (
        <p className="briefing-tabs__empty">No saved versions yet.</p>
      ) : (
        <ul className="briefing-history__list" aria-label="Saved versions">
          {list.map((revision) => (
            <li key={revision.id}>
              <button
                type="button"
                className="briefing-history__item"
                aria-pressed={preview?.id === revision.id}
                onClick={() => void show(revision.id)}
              >
                <time dateTime={revision.savedAt}>{formatSavedAt(revision.savedAt)}</time>
                <bdi dir="auto">{revision.title}</bdi>
                <span className="briefing-history__size">{formatLength(revision.size)} chars</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {preview && (
        <section className="briefing-history__preview" aria-label="Version preview">
          <header className="briefing-history__preview-header">
            <span>Saved {formatSavedAt(preview.savedAt)}</span>
            <Button small variant="primary" disabled={restoring} onClick={() => void restore()}>
              Restore this version
            </Button>
            <Button small variant="ghost" onClick={() => setPreview(null)}>
              Close
            </Button>
          </header>
          <div className="briefing-history__text" data-testid="revision-preview">
            {preview.content.root.children?.map((block, index) => (
              <p key={index} dir="auto">
                {nodeText(block)}
              </p>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

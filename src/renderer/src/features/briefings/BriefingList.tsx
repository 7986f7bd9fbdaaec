// Every briefing of the case, most recently changed first: open, duplicate or delete each; make a
// new one or draft one from tags. Titles keep their own direction (an Arabic title reads rtl).
import type { BriefingSummary } from '../../../../shared/domain';
import type { ParallaxError } from '../../api';
import { Button, plural } from '../../ui';
import { formatSavedAt } from './HistoryTab';

interface BriefingListProps {
  briefings: readonly BriefingSummary[] | undefined;
  error: ParallaxError | null;
  busy: boolean;
  onOpen: (briefing: BriefingSummary) => void;
  onCreate: () => void;
  onDraftFromTags: () => void;
  onDuplicate: (briefing: BriefingSummary) => void;
  onDelete: (briefing: BriefingSummary) => void;
}

export function BriefingList(props: BriefingListProps) {
  const { briefings, busy } = props;
  return (
    <div className="briefing-list">
      <div className="briefing-list__actions">
        <Button small variant="primary" disabled={busy} onClick={props.onCreate}>
          New briefing
        </Button>
        <Button small disabled={busy} onClick={props.onDraftFromTags}>
          Draft from tags…
        </Button>
      </div>
      {props.error && (
        <p className="field__error" role="alert">
          The briefings could not be listed: {props.error.message}
        </p>
      )}
      {briefings?.length === 0 && (
        <p className="briefing-tabs__empty">
          No briefings yet. Start a new one, or draft one from the quotes under some tags.
        </p>
      )}
      <ul className="briefing-list__items" aria-label="Briefings">
        {briefings?.map((briefing) => (
          <li key={briefing.id} className="briefing-list__item" data-briefing-id={briefing.id}>
            <button
              type="button"
              className="briefing-list__open"
              onClick={() => props.onOpen(briefing)}
            >
              <bdi
                className="briefing-list__title"
                dir={briefing.language === 'ar' ? 'rtl' : 'auto'}
              >
                {briefing.title}
              </bdi>
              <span className="briefing-list__facts">
                <span>{briefing.language}</span>
                <span>{plural(briefing.citationCount, 'citation')}</span>
                <time dateTime={briefing.updatedAt}>{formatSavedAt(briefing.updatedAt)}</time>
              </span>
            </button>
            <div className="briefing-list__row-actions">
              <Button
                small
                variant="ghost"
                disabled={busy}
                aria-label={`Duplicate ${briefing.title}`}
                onClick={() => props.onDuplicate(briefing)}
              >
                Duplicate
              </Button>
              <Button
                small
                variant="ghost"
                disabled={busy}
                aria-label={`Delete ${briefing.title}`}
                onClick={() => props.onDelete(briefing)}
              >
                Delete
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

// The side tabs of the open briefing: Sources (live), Checks (after each save), History.
import { useId, useState, type KeyboardEvent } from 'react';
import type { BriefingState } from '../../../../shared/briefings/state';
import type { BriefingCheck, BriefingId } from '../../../../shared/domain';
import type { ParallaxError } from '../../api';
import { ChecksTab } from './ChecksTab';
import { HistoryTab } from './HistoryTab';
import { SourcesTab } from './SourcesTab';
import type { BriefingSession } from './useBriefingSession';

const TABS = ['sources', 'checks', 'history'] as const;
type Tab = (typeof TABS)[number];

interface BriefingTabsProps {
  briefingId: BriefingId;
  session: BriefingSession;
  checks: readonly BriefingCheck[] | undefined;
  checksError: ParallaxError | null;
  onShowBlock: (blockIndex: number) => void;
  onRestore: (content: BriefingState) => Promise<void>;
}

export function BriefingTabs(props: BriefingTabsProps) {
  const { session, checks } = props;
  const id = useId();
  const [tab, setTab] = useState<Tab>('sources');
  const problems = checks?.filter((check) => check.severity !== 'hint').length ?? 0;
  const labels: Record<Tab, string> = {
    sources: `Sources (${session.sourceOrder.length})`,
    checks: problems > 0 ? `Checks (${problems})` : 'Checks',
    history: 'History',
  };
  // Arrow keys move between tabs, as the tabs pattern expects.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'sources';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  return (
    <div className="briefing-tabs">
      <div className="briefing-tabs__list" role="tablist" aria-label="Briefing side panels">
        {TABS.map((name) => (
          <button
            key={name}
            id={`${id}-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="briefing-tabs__tab"
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
          >
            {labels[name]}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        className="briefing-tabs__panel"
        role="tabpanel"
        aria-labelledby={`${id}-tab-${tab}`}
      >
        {tab === 'sources' && (
          <SourcesTab
            order={session.sourceOrder}
            counts={session.citationCounts}
            sources={session.lookup.sources}
          />
        )}
        {tab === 'checks' && (
          <ChecksTab checks={checks} error={props.checksError} onShowBlock={props.onShowBlock} />
        )}
        {tab === 'history' && (
          <HistoryTab
            briefingId={props.briefingId}
            saveCount={session.saveCount}
            onRestore={props.onRestore}
          />
        )}
      </div>
    </div>
  );
}

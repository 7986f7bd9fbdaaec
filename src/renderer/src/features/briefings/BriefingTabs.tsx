// The side tabs of the open briefing: Sources (live), Checks (after each save), History. They can
// be folded away to give the text the panel's height; choosing a tab unfolds them. Folded or not
// is remembered across briefings and sessions.
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

const FOLDED_KEY = 'parallax.briefingTabsFolded';

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
  const [tab, setTabState] = useState<Tab>('sources');
  const [folded, setFoldedState] = useState(() => localStorage.getItem(FOLDED_KEY) === 'true');
  const setFolded = (value: boolean) => {
    setFoldedState(value);
    localStorage.setItem(FOLDED_KEY, String(value));
  };
  const setTab = (next: Tab) => {
    setTabState(next);
    if (folded) setFolded(false);
  };
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
    <div className={folded ? 'briefing-tabs briefing-tabs--folded' : 'briefing-tabs'}>
      <div className="briefing-tabs__bar">
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
        <button
          type="button"
          className="briefing-tabs__fold"
          aria-expanded={!folded}
          aria-controls={`${id}-panel`}
          title={folded ? 'Show the side panel' : 'Hide the side panel: more room for the text'}
          onClick={() => setFolded(!folded)}
        >
          {folded ? 'Show' : 'Hide'}
        </button>
      </div>
      <div
        id={`${id}-panel`}
        className="briefing-tabs__panel"
        role="tabpanel"
        hidden={folded}
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

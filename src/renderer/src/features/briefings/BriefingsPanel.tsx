// The briefings panel, docked beside the main view so quotes can be dragged in from the quote
// browser or the reader: the list of briefings, or the one open. It stays mounted while hidden,
// so an open briefing keeps its editor (and its unsaved work) when the panel is toggled.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Briefing, BriefingSummary } from '../../../../shared/domain';
import { api, useInvalidate, useMutation, useQuery } from '../../api';
import { Button, useAnnounce, useReportError } from '../../ui';
import { UndoToast } from '../tagging';
import { BriefingList } from './BriefingList';
import { onBriefingCommand } from './briefingCommands';
import { DraftFromTagsDialog } from './DraftFromTagsDialog';
import { OpenBriefing, type BriefingShortcuts, type OpenBriefingHandle } from './OpenBriefing';
import { usePanelWidth } from './usePanelWidth';

interface BriefingsPanelProps {
  visible: boolean;
  casePath: string;
  shortcuts: BriefingShortcuts & { showBriefings: string };
  /** A command arrived while the panel was hidden. */
  onShow: () => void;
  onClose: () => void;
}

const NEW_TITLE = 'Untitled briefing';

function lastOpenKey(casePath: string): string {
  return `parallax.briefing-open:${casePath}`;
}

export function BriefingsPanel({
  visible,
  casePath,
  shortcuts,
  onShow,
  onClose,
}: BriefingsPanelProps) {
  const [openId, setOpenIdState] = useState<number | null>(() => {
    const stored = Number(localStorage.getItem(lastOpenKey(casePath)));
    return Number.isSafeInteger(stored) && stored > 0 ? stored : null;
  });
  const [loaded, setLoaded] = useState<Briefing | null>(null);
  const [drafting, setDrafting] = useState(false);
  /** The briefing the user just created, opened with its title ready to be typed over. */
  const [created, setCreated] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<{ briefing: BriefingSummary; stamp: number } | null>(null);
  const openBriefing = useRef<OpenBriefingHandle>(null);
  // Loaded each time the panel is shown (briefings also come from the CLI or another window).
  const list = useQuery(visible ? 'briefings' : null, () => api.listBriefings({}));
  const invalidate = useInvalidate();
  const reportError = useReportError();
  const announce = useAnnounce();
  const panel = usePanelWidth();
  const create = useMutation(api.createBriefing);
  const duplicate = useMutation(api.duplicateBriefing);
  const remove = useMutation(api.deleteBriefing);
  const busy = create.pending || duplicate.pending || remove.pending;

  const setOpenId = (id: number | null) => {
    // What was loaded before is stale now, even for the same briefing opened again.
    setLoaded(null);
    setCreated(null);
    setOpenIdState(id);
    if (id === null) localStorage.removeItem(lastOpenKey(casePath));
    else localStorage.setItem(lastOpenKey(casePath), String(id));
  };

  // Loaded once per opening: later reloads of the case data must not reset the editor.
  useEffect(() => {
    if (openId === null) return;
    let live = true;
    api.getBriefing({ id: openId }).then(
      (briefing) => {
        if (live) setLoaded(briefing);
      },
      (error: unknown) => {
        if (!live) return;
        setOpenIdState(null);
        localStorage.removeItem(lastOpenKey(casePath));
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [openId, casePath, reportError]);

  /** Saves the open briefing's pending words before it is left, copied or deleted. */
  const leaveOpen = async () => {
    await openBriefing.current?.save();
  };
  const open = async (id: number) => {
    await leaveOpen();
    setOpenId(id);
  };
  const back = async () => {
    await leaveOpen();
    setOpenId(null);
    invalidate();
  };

  const onCommand = useEffectEvent((command: Parameters<OpenBriefingHandle['run']>[0]) => {
    if (!visible) onShow();
    const handle = openBriefing.current;
    if (!handle) {
      reportError(
        new Error('No briefing is open: open one in the Briefings panel or create one first.'),
      );
      return;
    }
    handle.run(command);
  });
  useEffect(() => onBriefingCommand((command) => onCommand(command)), []);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      reportError(error);
    }
  };
  const onCreate = () =>
    run(async () => {
      const briefing = await create.run({ title: NEW_TITLE });
      await open(briefing.id);
      setCreated(briefing.id);
      announce('New briefing created.');
    });
  const onDuplicate = (briefing: BriefingSummary) =>
    run(async () => {
      if (briefing.id === openId) await leaveOpen();
      const copy = await duplicate.run({ id: briefing.id });
      await open(copy.id);
      announce(`Duplicated as “${copy.title}”.`);
    });
  const onDelete = (briefing: BriefingSummary) =>
    run(async () => {
      if (briefing.id === openId) {
        await leaveOpen();
        setOpenId(null);
      }
      await remove.run({ id: briefing.id });
      setDeleted({ briefing, stamp: Date.now() });
      announce('Briefing deleted. Undo with Ctrl+Z.');
    });
  const undoDelete = () =>
    run(async () => {
      if (!deleted) return;
      setDeleted(null);
      await api.restoreBriefing({ id: deleted.briefing.id });
      invalidate();
      announce('Briefing restored.');
    });

  return (
    <aside
      className="briefings-panel"
      aria-label="Briefings"
      hidden={!visible}
      style={{ width: panel.width }}
    >
      <div className="briefings-panel__edge" {...panel.separatorProps} />
      <div className="briefings-panel__inner">
        <header className="briefings-panel__header">
          <h2 className="pane-title">Briefings</h2>
          <Button
            small
            variant="ghost"
            aria-label="Close the briefings panel"
            title={`Close (${shortcuts.showBriefings})`}
            onClick={onClose}
          >
            ×
          </Button>
        </header>
        {openId === null ? (
          <BriefingList
            briefings={list.data}
            error={list.error}
            busy={busy}
            onOpen={(briefing) => void open(briefing.id)}
            onCreate={() => void onCreate()}
            onDraftFromTags={() => setDrafting(true)}
            onDuplicate={(briefing) => void onDuplicate(briefing)}
            onDelete={(briefing) => void onDelete(briefing)}
          />
        ) : loaded && loaded.id === openId ? (
          <OpenBriefing
            key={loaded.id}
            ref={openBriefing}
            briefing={loaded}
            casePath={casePath}
            shortcuts={shortcuts}
            onBack={() => void back()}
            onRecovered={onShow}
            isNew={loaded.id === created}
          />
        ) : (
          <p className="briefing-tabs__empty">Opening the briefing…</p>
        )}
      </div>
      {drafting && (
        <DraftFromTagsDialog
          onClose={() => setDrafting(false)}
          onDrafted={(briefing) => {
            setDrafting(false);
            void open(briefing.id);
            announce(`Drafted “${briefing.title}”.`);
          }}
        />
      )}
      {deleted && (
        <UndoToast
          message={`Briefing “${deleted.briefing.title}” deleted`}
          stamp={deleted.stamp}
          onUndo={() => void undoDelete()}
          onExpire={() => setDeleted(null)}
        />
      )}
    </aside>
  );
}

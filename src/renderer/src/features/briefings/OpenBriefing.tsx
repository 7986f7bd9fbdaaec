// The open briefing: its details, the editor, save status and export, and beside them the live
// source list, the checks and the saved versions. Autosave and crash recovery are in
// useBriefingSession; the app commands (insert quote, cite source, export PDF) arrive through the
// handle.
import {
  forwardRef,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import type { BriefingState } from '../../../../shared/briefings/state';
import type { Briefing, BriefingExportFormat, BriefingSummary } from '../../../../shared/domain';
import { api, toParallaxError, useQuery } from '../../api';
import { BriefingEditor, type BriefingEditorHandle, type QuoteDragData } from '../../editor';
import {
  Button,
  downloadFile,
  isMac,
  keysLabel,
  useAnnounce,
  useReportError,
  type KeyHelp,
} from '../../ui';
import { BriefingExportButtons } from './BriefingExportButtons';
import { BriefingMetaForm } from './BriefingMetaForm';
import type { BriefingCommand } from './briefingCommands';
import { BriefingTabs } from './BriefingTabs';
import { exportFailure, FORMAT_LABELS } from './exportFile';
import { formatSavedAt } from './HistoryTab';
import { QuotePicker } from './QuotePicker';
import { SaveStatusView } from './SaveStatusView';
import { SourcePicker } from './SourcePicker';
import { useBriefingSession } from './useBriefingSession';

/** The editor's own keys (the app's commands are in the registry), for the shortcuts sheet. */
export const BRIEFING_KEY_HELP: KeyHelp = [
  ['CmdOrCtrl+S', 'save now and keep this version in History'],
  ['CmdOrCtrl+B', 'bold'],
  ['CmdOrCtrl+I', 'italic'],
  ['CmdOrCtrl+Z', 'undo'],
  ['CmdOrCtrl+Shift+Z', 'redo'],
  ['Enter', 'in the title: save it and go on to the text'],
];

export interface OpenBriefingHandle {
  run: (command: BriefingCommand) => void;
  /** Saves what is pending (before a delete, a duplicate, a switch). */
  save: () => Promise<boolean>;
}

export interface BriefingShortcuts {
  insertQuote: string;
  citeSource: string;
  exportBriefingPdf: string;
}

interface OpenBriefingProps {
  briefing: Briefing;
  casePath: string;
  shortcuts: BriefingShortcuts;
  onBack: () => void;
  /** The session started from the crash journal: the panel shows itself so the user sees it. */
  onRecovered: () => void;
  /** Just created: the title is selected for naming it. */
  isNew?: boolean;
}

export const OpenBriefing = forwardRef<OpenBriefingHandle, OpenBriefingProps>(function OpenBriefing(
  { briefing, casePath, shortcuts, onBack, onRecovered, isNew = false },
  ref,
) {
  const session = useBriefingSession(briefing, casePath);
  const editor = useRef<BriefingEditorHandle>(null);
  const [summary, setSummary] = useState<BriefingSummary>(briefing);
  const [picker, setPicker] = useState<'quote' | 'source' | null>(null);
  const [exporting, setExporting] = useState<BriefingExportFormat | null>(null);
  const reportError = useReportError();
  const announce = useAnnounce();
  const checks = useQuery(`checks:${briefing.id}:${session.saveCount}`, () =>
    api.checkBriefing({ id: briefing.id }),
  );

  const exportAs = async (format: BriefingExportFormat) => {
    if (exporting) return;
    setExporting(format);
    try {
      // The core exports what it holds: the latest words must be there first.
      editor.current?.flushChanges();
      if (!(await session.saveNow())) {
        reportError(
          new Error(`The ${FORMAT_LABELS[format]} export waits for a save that failed: retry it.`),
        );
        return;
      }
      const file = await api.exportBriefing({ id: briefing.id, format });
      downloadFile({ fileName: file.fileName, mimeType: file.mimeType, content: file.bytes });
      announce(`Exported ${file.fileName}.`);
    } catch (error) {
      reportError(new Error(exportFailure(format, toParallaxError(error))));
    } finally {
      setExporting(null);
    }
  };

  useImperativeHandle(ref, () => ({
    run: (command) => {
      if (command === 'insertQuote') setPicker('quote');
      else if (command === 'citeSource') setPicker('source');
      else void exportAs('pdf');
    },
    save: () => {
      editor.current?.flushChanges();
      return session.saveNow();
    },
  }));

  const recovered = session.recoveredFrom !== null;
  const reportRecovery = useEffectEvent(() => {
    onRecovered();
    announce('Recovered unsaved changes to this briefing.');
  });
  useEffect(() => {
    if (recovered) reportRecovery();
  }, [recovered]);

  // Ctrl/Cmd+S (or Save) saves now and keeps this version in the history (a checkpoint).
  const saveCheckpoint = () => {
    // The last keystrokes may still wait for an idle moment before the editor reports them.
    editor.current?.flushChanges();
    void session.saveNow(true).then((saved) => saved && announce('Saved.'));
  };
  const onSaveKey = useEffectEvent(saveCheckpoint);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const primary = isMac ? event.metaKey : event.ctrlKey;
      if (!primary || event.shiftKey || event.altKey || event.code !== 'KeyS') return;
      event.preventDefault();
      onSaveKey();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const insertQuote = (quote: QuoteDragData) => {
    setPicker(null);
    editor.current?.insertQuote(quote);
    editor.current?.focus();
  };
  const cite = (documentId: number) => {
    setPicker(null);
    editor.current?.insertCitation(documentId, null);
    editor.current?.focus();
  };
  const restore = async (content: BriefingState) => {
    editor.current?.replaceState(content);
    session.change(content);
    if (await session.saveNow(true)) announce('Version restored and saved.');
  };

  return (
    // The panel's controls stay in the interface's direction; the editor takes the briefing's.
    <section className="open-briefing" aria-label="Open briefing">
      <header className="open-briefing__bar">
        <Button small variant="ghost" onClick={onBack}>
          ← Briefings
        </Button>
        <SaveStatusView status={session.status} onRetry={() => void session.saveNow()} />
        <Button
          small
          title={`Save now and keep this version (${keysLabel('CmdOrCtrl+S')})`}
          onClick={saveCheckpoint}
        >
          Save
        </Button>
        <BriefingExportButtons
          running={exporting}
          pdfShortcut={shortcuts.exportBriefingPdf}
          onExport={(format) => void exportAs(format)}
        />
      </header>
      {session.recoveredFrom !== null && (
        <div className="open-briefing__notice" role="status">
          <span>
            Recovered unsaved changes from{' '}
            {formatSavedAt(new Date(session.recoveredFrom).toISOString())}.
          </span>
          <Button small variant="ghost" onClick={session.dismissRecovered}>
            Dismiss
          </Button>
        </div>
      )}
      <BriefingMetaForm
        briefing={summary}
        onSaved={setSummary}
        nameFirst={isNew}
        onTitleEntered={() => editor.current?.focus()}
      />
      <div className="open-briefing__tools">
        <Button small onClick={() => setPicker('quote')} title={shortcuts.insertQuote}>
          Insert quote…
        </Button>
        <Button small onClick={() => setPicker('source')} title={shortcuts.citeSource}>
          Cite source…
        </Button>
      </div>
      <div className="open-briefing__editor">
        <BriefingEditor
          ref={editor}
          initialState={session.initialState}
          direction={summary.language === 'ar' ? 'rtl' : 'ltr'}
          lookup={session.lookup}
          onChange={session.change}
          onEdit={session.edited}
          onCitationsChange={session.setCitedIds}
          ariaLabel={`Briefing text: ${summary.title}`}
        />
      </div>
      <BriefingTabs
        briefingId={briefing.id}
        session={session}
        checks={checks.data}
        checksError={checks.error}
        onShowBlock={(index) => editor.current?.focusBlock(index)}
        onRestore={restore}
      />
      {picker === 'quote' && <QuotePicker onPick={insertQuote} onClose={() => setPicker(null)} />}
      {picker === 'source' && <SourcePicker onPick={cite} onClose={() => setPicker(null)} />}
    </section>
  );
});

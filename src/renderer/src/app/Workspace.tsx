// The window's layout and navigation: top bar, library on the left, and on the right either the
// search results, an open document, or a short welcome; or, over the whole width, the parallel
// reader or the quotes (the library stays mounted, hidden, so its filters and selection are kept).
// The briefings panel docks at the end of the window beside whichever of these is shown, so quotes
// can be dragged into a briefing from the quote browser or the reader.
import { useCallback, useRef, useState } from 'react';
import type { AppCommandId } from '../../../shared/commands';
import type { CaseInfo } from '../../../shared/contract';
import type { ParallaxError } from '../api';
import { BriefingsPanel, requestBriefingCommand } from '../features/briefings';
import { DocumentContainer, type SegmentFocus } from '../features/documents';
import { ImportButtons, ImportProvider, ImportStatus, useImports } from '../features/imports';
import { QuoteUndoProvider, requestTagSelection } from '../features/tagging';
import { LibraryContainer, READER_MAX_DOCUMENTS, READER_MIN_DOCUMENTS } from '../features/library';
import { QuotesContainer, useQuotesState } from '../features/quotes';
import { ReaderContainer } from '../features/reader';
import { SearchBox, SearchResultsContainer, useSearchState } from '../features/search';
import { Button, ErrorBannerSlot, useReportError } from '../ui';
import { shortcutLabel } from './shortcuts';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TopBar } from './TopBar';
import { useAppCommands } from './useAppCommands';
import { WelcomePane } from './WelcomePane';

type Pane =
  | { kind: 'welcome' }
  | { kind: 'search' }
  | {
      kind: 'document';
      id: number;
      focus: SegmentFocus | null;
      from: 'library' | 'search' | 'quotes';
    }
  | { kind: 'reader'; ids: number[] }
  | { kind: 'quotes' };

const BACK_LABELS = {
  library: 'Back to library',
  search: 'Back to results',
  quotes: 'Back to quotes',
} as const;

const MAIN_CLASSES: Record<Pane['kind'], string> = {
  welcome: 'workspace__main',
  search: 'workspace__main',
  document: 'workspace__main',
  reader: 'workspace__main workspace__main--reader',
  quotes: 'workspace__main workspace__main--quotes',
};

const BRIEFINGS_VISIBLE_KEY = 'parallax.briefings-visible';

const BRIEFING_SHORTCUTS = {
  showBriefings: shortcutLabel('showBriefings'),
  insertQuote: shortcutLabel('insertQuote'),
  citeSource: shortcutLabel('citeSource'),
  exportBriefingPdf: shortcutLabel('exportBriefingPdf'),
};

interface WorkspaceProps {
  caseInfo: CaseInfo | undefined;
  caseError: ParallaxError | null;
}

export function Workspace(props: WorkspaceProps) {
  return (
    <ImportProvider>
      <QuoteUndoProvider>
        <WorkspaceLayout {...props} />
      </QuoteUndoProvider>
    </ImportProvider>
  );
}

function WorkspaceLayout({ caseInfo, caseError }: WorkspaceProps) {
  const search = useSearchState();
  const quotes = useQuotesState();
  const imports = useImports();
  const [pane, setPane] = useState<Pane>({ kind: 'welcome' });
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const focusNonce = useRef(0);
  const searchInput = useRef<HTMLInputElement>(null);
  const libraryGrid = useRef<HTMLDivElement>(null);
  const librarySelection = useRef<number[]>([]);
  const onSelectionChange = useCallback((ids: number[]) => {
    librarySelection.current = ids;
  }, []);
  const reportError = useReportError();
  const [briefingsOpen, setBriefingsOpenState] = useState(
    () => localStorage.getItem(BRIEFINGS_VISIBLE_KEY) === 'true',
  );
  // Kept across reloads: an analyst writing beside the sources finds the panel where it was.
  const setBriefingsOpen = (next: boolean | ((open: boolean) => boolean)) =>
    setBriefingsOpenState((open) => {
      const value = typeof next === 'function' ? next(open) : next;
      localStorage.setItem(BRIEFINGS_VISIBLE_KEY, String(value));
      return value;
    });

  const showLibrary = () => {
    if (pane.kind === 'reader' || pane.kind === 'quotes') {
      closeFullWidth();
      return;
    }
    setPane((p) => (p.kind === 'document' && p.from === 'library' ? { kind: 'welcome' } : p));
    libraryGrid.current?.focus();
  };

  const toggleQuotes = () => {
    if (pane.kind === 'quotes') closeFullWidth();
    else setPane({ kind: 'quotes' });
  };

  const openReader = (ids: number[]) => {
    if (ids.length < READER_MIN_DOCUMENTS || ids.length > READER_MAX_DOCUMENTS) {
      reportError(
        new Error(
          `Select ${READER_MIN_DOCUMENTS} to ${READER_MAX_DOCUMENTS} documents in the library to read them side by side (${ids.length} selected).`,
        ),
      );
      return;
    }
    setPane({ kind: 'reader', ids });
  };

  const closeFullWidth = () => {
    setPane({ kind: 'welcome' });
    // The library is hidden until the next frame.
    requestAnimationFrame(() => libraryGrid.current?.focus());
  };

  useAppCommands(caseInfo?.nativeMenu ?? false, (command: AppCommandId) => {
    if (command === 'focusSearch') {
      searchInput.current?.focus();
      searchInput.current?.select();
    } else if (command === 'showLibrary') showLibrary();
    else if (command === 'readSideBySide') openReader(librarySelection.current);
    else if (command === 'showQuotes') toggleQuotes();
    else if (command === 'tagSelection') requestTagSelection();
    else if (command === 'importFiles') imports.openFilePicker();
    else if (command === 'importFolder') imports.openFolderPicker();
    else if (command === 'showBriefings') setBriefingsOpen((open) => !open);
    else if (command === 'showShortcuts') setShortcutsOpen(true);
    else if (
      command === 'insertQuote' ||
      command === 'citeSource' ||
      command === 'exportBriefingPdf'
    ) {
      requestBriefingCommand(command);
    }
  });

  const onSearchActivity = (text: string) => {
    const active = text.trim() !== '';
    setPane((p) => {
      if (active) return p.kind === 'search' ? p : { kind: 'search' };
      return p.kind === 'search' ? { kind: 'welcome' } : p;
    });
  };

  const back = () => {
    if (pane.kind === 'reader' || pane.kind === 'quotes') closeFullWidth();
    else if (pane.kind === 'document' && pane.from === 'search') setPane({ kind: 'search' });
    else if (pane.kind === 'document' && pane.from === 'quotes') setPane({ kind: 'quotes' });
    else {
      setPane({ kind: 'welcome' });
      libraryGrid.current?.focus();
    }
  };

  const closeIfDeleted = (ids: number[]) => {
    if (pane.kind === 'document' && ids.includes(pane.id)) back();
    if (pane.kind === 'reader' && pane.ids.some((id) => ids.includes(id))) back();
  };

  let detail;
  if (pane.kind === 'reader') {
    detail = <ReaderContainer key={pane.ids.join(',')} ids={pane.ids} onBack={back} />;
  } else if (pane.kind === 'quotes') {
    detail = (
      <QuotesContainer
        state={quotes}
        onBack={back}
        onOpenQuote={({ documentId, segmentId }) =>
          setPane({
            kind: 'document',
            id: documentId,
            focus: segmentId === null ? null : { segmentId, nonce: ++focusNonce.current },
            from: 'quotes',
          })
        }
      />
    );
  } else if (pane.kind === 'document') {
    detail = (
      <DocumentContainer
        key={pane.id}
        id={pane.id}
        focus={pane.focus}
        backLabel={BACK_LABELS[pane.from]}
        onBack={back}
        onDeleted={(id) => closeIfDeleted([id])}
      />
    );
  } else if (pane.kind === 'search') {
    detail = (
      <SearchResultsContainer
        query={search.query}
        includeBoilerplate={search.includeBoilerplate}
        onOpenHit={(hit) =>
          setPane({
            kind: 'document',
            id: hit.documentId,
            focus: { segmentId: hit.segmentId, nonce: ++focusNonce.current },
            from: 'search',
          })
        }
      />
    );
  } else {
    detail = <WelcomePane searchShortcut={shortcutLabel('focusSearch')} />;
  }

  return (
    <div className="workspace">
      <TopBar
        caseInfo={caseInfo}
        search={
          <SearchBox
            search={search}
            inputRef={searchInput}
            shortcut={shortcutLabel('focusSearch')}
            onActivity={onSearchActivity}
          />
        }
        actions={
          <div className="top-bar__buttons">
            <Button
              aria-pressed={pane.kind === 'quotes'}
              title={`Quotes (${shortcutLabel('showQuotes')})`}
              onClick={toggleQuotes}
            >
              Quotes
            </Button>
            <Button
              aria-pressed={briefingsOpen}
              title={`Briefings (${shortcutLabel('showBriefings')})`}
              onClick={() => setBriefingsOpen((open) => !open)}
            >
              Briefings
            </Button>
            <ImportButtons />
            <Button
              variant="ghost"
              aria-label="Keyboard shortcuts"
              title={`Keyboard shortcuts (${shortcutLabel('showShortcuts')})`}
              onClick={() => setShortcutsOpen(true)}
            >
              ?
            </Button>
          </div>
        }
      />
      <ImportStatus />
      {caseError && (
        <div className="error-banner" role="alert">
          <div className="error-banner__item">
            <span className="error-banner__message">
              The case could not be opened: {caseError.message}
            </span>
          </div>
        </div>
      )}
      <ErrorBannerSlot />
      {caseInfo?.storageWarning && (
        // Where the case lives decides what can be done with it: said once, and kept in view.
        <p className="storage-warning" role="status">
          {caseInfo.readOnly && <strong>Read-only. </strong>}
          {caseInfo.storageWarning}
        </p>
      )}
      <div className="workspace__body">
        <main
          className={`${MAIN_CLASSES[pane.kind]}${briefingsOpen ? ' workspace__main--beside-briefing' : ''}`}
        >
          <LibraryContainer
            openedId={pane.kind === 'document' ? pane.id : null}
            onOpen={(id) => setPane({ kind: 'document', id, focus: null, from: 'library' })}
            onDeleted={closeIfDeleted}
            onReadSideBySide={openReader}
            onSelectionChange={onSelectionChange}
            readShortcut={shortcutLabel('readSideBySide')}
            gridRef={libraryGrid}
          />
          <div className="workspace__detail">{detail}</div>
        </main>
        {caseInfo && (
          <BriefingsPanel
            key={caseInfo.path}
            visible={briefingsOpen}
            casePath={caseInfo.path}
            shortcuts={BRIEFING_SHORTCUTS}
            onShow={() => setBriefingsOpen(true)}
            onClose={() => setBriefingsOpen(false)}
          />
        )}
      </div>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}

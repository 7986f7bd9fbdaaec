// The editor's public surface: what a container passes in and what it can ask of the editor.
import type { BriefingState } from '../../../shared/briefings/state';
import type { CitationIds } from './citations/citationIds';
import type { CitationLookup } from './citations/CitationDisplayContext';
import type { QuoteDragData } from './quoteDrag';

export interface BriefingEditorHandle {
  /** At the selection (the last one if the editor is blurred), else at the end. */
  insertQuote(quote: QuoteDragData): void;
  /** An inline mark just after the selection (selected words are kept). */
  insertCitation(documentId: number, quoteUid?: string | null): void;
  /** Replaces the whole content (restoring a revision) as one undoable step. */
  replaceState(state: BriefingState): void;
  /** Scrolls to and selects top-level block N. */
  focusBlock(blockIndex: number): void;
  focus(): void;
  /**
   * Reports now, through onChange, any edit still waiting for the browser to be idle: call it
   * before saving on the user's request, so the save holds every word typed.
   */
  flushChanges(): void;
}

export interface BriefingEditorProps {
  /** Read on mount only; remount (key={briefing.id}) to load another briefing. */
  initialState: BriefingState;
  /** 'rtl' for an Arabic briefing: the editor and its toolbar run right-to-left. */
  direction: 'ltr' | 'rtl';
  /** Sources and quotes the store resolved, for tooltips, broken marks and quote status. */
  lookup: CitationLookup;
  /** Each content change (not selection-only), as serialised state. */
  onChange(state: BriefingState): void;
  /**
   * Called at once on the first edit after a report, before onChange brings its state (which
   * waits for an idle moment): the save status can say "unsaved" without waiting.
   */
  onEdit?(): void;
  /** The citation ids in the content, whenever that set changes (and once on mount). */
  onCitationsChange?(ids: CitationIds): void;
  ariaLabel?: string;
}

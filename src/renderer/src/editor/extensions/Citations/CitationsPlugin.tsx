// Reports content changes. Serialising a long briefing costs more than a keystroke should (about
// 1.5 ms for 30 pages), so it happens once the browser is idle, for all the updates since the last
// time: the state is serialised once, handed to onChange, and walked for citation numbers (set only
// when they change, so views re-render only on a renumbering) and for the ids to resolve (reported
// only when the set changes). A pending report is flushed on unmount, so no edit is lost. The
// first edit of a batch is announced at once (onEdit), so "unsaved" shows without that wait.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect, useRef, type RefObject } from 'react';
import type { BriefingState } from '../../../../../shared/briefings/state';
import {
  sameIds,
  sameNumbers,
  summariseCitations,
  type CitationIds,
} from '../../citations/citationIds';

interface CitationsPluginProps {
  initialIds: CitationIds;
  initialNumbers: ReadonlyMap<number, number>;
  onNumbers(numbers: ReadonlyMap<number, number>): void;
  onChange(state: BriefingState): void;
  /** The first edit of a batch, at once (onChange follows when idle). */
  onEdit?(): void;
  /** Set to a function that reports pending edits at once (the handle's flushChanges). */
  flushRef: RefObject<(() => void) | null>;
  onCitationsChange?(ids: CitationIds): void;
}

/** Runs `task` when the browser is idle (within 200 ms at worst); returns a cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
}

export function CitationsPlugin(props: CitationsPluginProps): null {
  const [editor] = useLexicalComposerContext();
  // The latest callbacks, read at report time, so new props never re-register the listener.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const reported = useRef({ ids: props.initialIds, numbers: props.initialNumbers });

  useEffect(() => {
    latest.current.onCitationsChange?.(reported.current.ids);
  }, []);

  useEffect(() => {
    let cancel: (() => void) | null = null;
    // Whether any of the pending updates was an edit (not Lexical settling a loaded state).
    let edited = false;
    const report = (from: LexicalEditor) => {
      cancel = null;
      const state: BriefingState = from.getEditorState().toJSON();
      const { numbers, ids } = summariseCitations(state);
      if (!sameNumbers(numbers, reported.current.numbers)) {
        reported.current.numbers = numbers;
        latest.current.onNumbers(numbers);
      }
      if (!sameIds(ids, reported.current.ids)) {
        reported.current.ids = ids;
        latest.current.onCitationsChange?.(ids);
      }
      if (edited) latest.current.onChange(state);
      edited = false;
    };
    latest.current.flushRef.current = () => {
      if (cancel === null) return;
      cancel();
      report(editor);
    };
    const unregister = editor.registerUpdateListener(
      ({ prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty()) return;
        if (!tags.has(HISTORY_MERGE_TAG) && !edited) {
          edited = true;
          latest.current.onEdit?.();
        }
        cancel ??= whenIdle(() => report(editor));
      },
    );
    return () => {
      unregister();
      if (cancel !== null) {
        cancel();
        report(editor);
      }
    };
  }, [editor]);
  return null;
}

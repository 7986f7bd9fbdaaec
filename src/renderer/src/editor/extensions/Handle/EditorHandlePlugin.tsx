// Implements the editor's handle. Insertions go to the last caret: the quote browser's click that
// triggers them has blurred the editor.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_PUSH_TAG, type RangeSelection } from 'lexical';
import { useImperativeHandle, type Ref, type RefObject } from 'react';
import type { BriefingEditorHandle } from '../../types';
import {
  $insertCitationMark,
  $insertQuoteBlock,
  $replaceContent,
  $restoreSelection,
  $selectBlock,
} from './insertions';

interface EditorHandlePluginProps {
  handleRef: Ref<BriefingEditorHandle>;
  lastRange: RefObject<RangeSelection | null>;
  /** Set by the citations plugin: reports edits still waiting for an idle moment. */
  flushChanges: RefObject<(() => void) | null>;
}

export function EditorHandlePlugin({
  handleRef,
  lastRange,
  flushChanges,
}: EditorHandlePluginProps): null {
  const [editor] = useLexicalComposerContext();

  useImperativeHandle(
    handleRef,
    (): BriefingEditorHandle => ({
      insertQuote(quote) {
        editor.update(
          () => {
            $restoreSelection(lastRange.current);
            $insertQuoteBlock(quote);
          },
          { tag: HISTORY_PUSH_TAG },
        );
        editor.focus();
      },
      insertCitation(documentId, quoteUid = null) {
        editor.update(
          () => {
            $restoreSelection(lastRange.current);
            $insertCitationMark(documentId, quoteUid);
          },
          { tag: HISTORY_PUSH_TAG },
        );
        editor.focus();
      },
      replaceState(state) {
        lastRange.current = null;
        editor.update(() => $replaceContent(state), { tag: HISTORY_PUSH_TAG });
      },
      focusBlock(blockIndex) {
        let key: string | null = null;
        editor.update(
          () => {
            key = $selectBlock(blockIndex);
          },
          {
            onUpdate: () => {
              const element = key === null ? null : editor.getElementByKey(key);
              element?.scrollIntoView({ block: 'center' });
              editor.focus();
            },
          },
        );
      },
      focus() {
        editor.focus();
      },
      flushChanges() {
        flushChanges.current?.();
      },
    }),
    [editor, lastRange, flushChanges],
  );
  return null;
}

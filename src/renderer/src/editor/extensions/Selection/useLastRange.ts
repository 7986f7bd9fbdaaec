// The last caret or range in the editor. A click elsewhere (the quote browser, a toolbar menu
// reached by keyboard) blurs the editor; inserting afterwards should land where the analyst was.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, type RangeSelection } from 'lexical';
import { useEffect, useRef, type RefObject } from 'react';

export function useLastRange(): RefObject<RangeSelection | null> {
  const [editor] = useLexicalComposerContext();
  const lastRange = useRef<RangeSelection | null>(null);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) lastRange.current = selection.clone();
        });
      }),
    [editor],
  );
  return lastRange;
}

// What the toolbar shows as pressed or enabled, read from the selection on each update (cheap:
// it looks at the selection's block only) and from the history's can-undo/can-redo signals.
import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getNearestNodeOfType } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  mergeRegister,
} from 'lexical';
import { useEffect, useState } from 'react';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'quote' | 'other';

export interface ToolbarState {
  blockType: BlockType;
  bold: boolean;
  italic: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: ToolbarState = {
  blockType: 'paragraph',
  bold: false,
  italic: false,
  link: false,
  canUndo: false,
  canRedo: false,
};

function $readSelectionState(): Pick<
  ToolbarState,
  'blockType' | 'bold' | 'italic' | 'link'
> | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const block = $isRootOrShadowRoot(anchor) ? anchor : anchor.getTopLevelElementOrThrow();
  let blockType: BlockType = 'other';
  const list = $getNearestNodeOfType(anchor, ListNode);
  if ($isListNode(list)) {
    blockType = list.getListType() === 'number' ? 'number' : 'bullet';
  } else if ($isHeadingNode(block)) {
    const tag = block.getTag();
    blockType = tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'other';
  } else if ($isQuoteNode(block)) {
    blockType = 'quote';
  } else if (block.getType() === 'paragraph') {
    blockType = 'paragraph';
  }
  const link = $isLinkNode(anchor.getParent()) || $isLinkNode(anchor);
  return {
    blockType,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    link,
  };
}

export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(INITIAL);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readSelectionState);
          if (next === null) return;
          setState((previous) =>
            previous.blockType === next.blockType &&
            previous.bold === next.bold &&
            previous.italic === next.italic &&
            previous.link === next.link
              ? previous
              : { ...previous, ...next },
          );
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => {
            setState((previous) => ({ ...previous, canUndo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => {
            setState((previous) => ({ ...previous, canRedo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return state;
}

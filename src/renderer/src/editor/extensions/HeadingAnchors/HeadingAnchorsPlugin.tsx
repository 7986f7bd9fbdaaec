// Headings carry id=headingAnchor(text) in the editor, as in exports, so a '#section' link points
// at something here too. Only headings touched by an update are looked at, not the whole briefing.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNodeByKey, $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { headingAnchor } from '../../../../../shared/briefings/state';

function $setAnchor(editor: LexicalEditor, key: NodeKey): void {
  const node = $getNodeByKey(key);
  if (!$isHeadingNode(node)) return;
  const element = editor.getElementByKey(key);
  if (element !== null) element.id = headingAnchor(node.getTextContent());
}

export function HeadingAnchorsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.getEditorState().read(() => {
      for (const block of $getRoot().getChildren()) $setAnchor(editor, block.getKey());
    });
    return editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      editorState.read(() => {
        for (const key of dirtyElements.keys()) $setAnchor(editor, key);
      });
    });
  }, [editor]);
  return null;
}

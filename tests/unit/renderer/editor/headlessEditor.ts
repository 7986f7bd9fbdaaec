// A briefing editor without a DOM: the same nodes as the component, for state round-trips and the
// $ functions the handle runs.
import { createEditor, type LexicalEditor } from 'lexical';
import type { BriefingNode, BriefingState } from '../../../../src/shared/briefings/state';
import { BRIEFING_NODES } from '../../../../src/renderer/src/editor/nodes';

export function headlessEditor(state?: BriefingState): LexicalEditor {
  const editor = createEditor({
    namespace: 'parallax-briefing',
    nodes: [...BRIEFING_NODES],
    onError: (error) => {
      throw error;
    },
  });
  if (state) editor.setEditorState(editor.parseEditorState(state));
  return editor;
}

/** Runs $ functions synchronously, so the next line sees their result. */
export function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

/** The committed state, after any pending update (an undo commits on its own schedule). */
export function stateOf(editor: LexicalEditor): BriefingState {
  editor.read(() => undefined);
  return editor.getEditorState().toJSON();
}

export function paragraph(...children: BriefingNode[]): BriefingNode {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children,
  };
}

export function text(words: string, format = 0): BriefingNode {
  return { type: 'text', version: 1, detail: 0, format, mode: 'normal', style: '', text: words };
}

export function citation(documentId: number, quoteUid: string | null = null): BriefingNode {
  return { type: 'parallax-citation', version: 1, documentId, quoteUid };
}

export function quoteBlock(
  quoteUid: string,
  documentId: number,
  words: string,
  language: string,
): BriefingNode {
  return { type: 'parallax-quote', version: 1, quoteUid, documentId, text: words, language };
}

export function briefing(...children: BriefingNode[]): BriefingState {
  return {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
  };
}

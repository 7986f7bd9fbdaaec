// Lexical's history only records an undo step once it has seen a first update, so the first edit
// after loading (restoring a revision from a button, say) could not be undone. Seeding the
// history with the loaded state makes every change from the start undoable.
import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import type { LexicalEditor } from 'lexical';

export function historyStartingAt(editor: LexicalEditor): HistoryState {
  const history = createEmptyHistoryState();
  history.current = { editor, editorState: editor.getEditorState() };
  return history;
}

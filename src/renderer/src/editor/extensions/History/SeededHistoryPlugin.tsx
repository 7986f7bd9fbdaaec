// Undo and redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y), with the loaded state as the first step.
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import { historyStartingAt } from './historyStartingAt';

export function SeededHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  const [history] = useState(() => historyStartingAt(editor));
  return <HistoryPlugin externalHistoryState={history} />;
}

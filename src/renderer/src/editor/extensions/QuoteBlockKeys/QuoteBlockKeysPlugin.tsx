// Wires Backspace and Delete to $selectAdjacentQuoteBlock, ahead of the rich-text defaults.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  COMMAND_PRIORITY_HIGH,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  mergeRegister,
} from 'lexical';
import { useEffect } from 'react';
import { $selectAdjacentQuoteBlock } from './quoteBlockKeys';

export function QuoteBlockKeysPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_BACKSPACE_COMMAND,
          (event) => {
            if (!$selectAdjacentQuoteBlock(true)) return false;
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_DELETE_COMMAND,
          (event) => {
            if (!$selectAdjacentQuoteBlock(false)) return false;
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}

// Pastes and drops. Registered above the rich-text defaults, which would parse text/html: here,
// HTML from outside is never read. A paste keeps this editor's own nodes (so quote blocks and marks
// survive copy and paste) after checking them; everything else is plain text. A dragged quote
// becomes a quote block where it is dropped; other drops from outside insert their plain text; a
// drag within the editor is left to Lexical, which moves the selected content.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $getSelection,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DRAGEND_COMMAND,
  DRAGOVER_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  mergeRegister,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
  type PasteCommandType,
} from 'lexical';
import { useEffect } from 'react';
import { $insertQuoteBlock } from '../Handle/insertions';
import { mayCarryQuote, readQuoteDragData } from '../../quoteDrag';
import { BRIEFING_EDITOR_NAMESPACE } from '../../theme';
import { $selectDropPoint } from './dropPoint';
import { $insertPlainText, $insertTransfer } from './insertTransfer';

function transferOf(event: PasteCommandType): DataTransfer | null {
  if (event instanceof ClipboardEvent) return event.clipboardData;
  if (event instanceof InputEvent) return event.dataTransfer;
  return null;
}

/** A paste with no clipboard data (a keyboard-only paste) reads the clipboard's text. */
function pasteClipboardText(editor: LexicalEditor): void {
  void navigator.clipboard
    .readText()
    .then((text) => {
      editor.update(() => {
        const selection = $getSelection();
        if (selection !== null) $insertPlainText(selection, text);
      });
    })
    .catch(() => undefined);
}

function registerClipboard(editor: LexicalEditor): () => void {
  // Set while a drag that started in this editor is under way: Lexical moves such content itself.
  let dragFromHere = false;
  const options = { acceptLexical: true, namespace: BRIEFING_EDITOR_NAMESPACE };
  return mergeRegister(
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const data = transferOf(event);
        event.preventDefault();
        if (data === null) {
          pasteClipboardText(editor);
          return true;
        }
        const selection = $getSelection();
        if (selection === null) return true;
        $addUpdateTag(PASTE_TAG);
        $insertTransfer(editor, data, selection, options);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => {
        // Browser-driven insertions that carry a DataTransfer (drop, yank, spelling fix) would
        // otherwise go through the rich-text HTML import.
        if (typeof payload === 'string' || payload.dataTransfer === null) return false;
        const selection = $getSelection();
        if (selection !== null)
          $insertPlainText(selection, payload.dataTransfer.getData('text/plain'));
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DRAGSTART_COMMAND,
      () => {
        dragFromHere = true;
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DRAGEND_COMMAND,
      () => {
        dragFromHere = false;
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DRAGOVER_COMMAND,
      (event) => {
        if (dragFromHere || event.dataTransfer === null) return false;
        const types = Array.from(event.dataTransfer.types);
        if (!mayCarryQuote(event.dataTransfer) && !types.includes('text/plain')) return false;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        const data = event.dataTransfer;
        if (data === null) return false;
        const quote = readQuoteDragData(data);
        if (quote === null && dragFromHere) {
          dragFromHere = false;
          return false;
        }
        event.preventDefault();
        dragFromHere = false;
        const text = data.getData('text/plain');
        if (quote === null && text === '') return true;
        $selectDropPoint(editor, event.clientX, event.clientY);
        const selection = $getSelection();
        if (quote !== null) {
          $insertQuoteBlock(quote);
        } else if (selection !== null) {
          $insertPlainText(selection, text);
        }
        editor.focus();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}

export function ClipboardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerClipboard(editor), [editor]);
  return null;
}

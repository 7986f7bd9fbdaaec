// Inserting what a paste or a drop carries. HTML is never parsed: the choice is between our own
// checked clipboard nodes (pastes from this editor) and plain text.
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import {
  $createParagraphNode,
  $isNodeSelection,
  $isRangeSelection,
  type BaseSelection,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { acceptClipboardNodes, LEXICAL_CLIPBOARD_MIME } from './clipboardNodes';
import { plainTextToParagraphs } from './plainText';

export type TransferData = Pick<DataTransfer, 'getData'>;

export function $insertTransfer(
  editor: LexicalEditor,
  data: TransferData,
  selection: BaseSelection,
  options: { acceptLexical: boolean; namespace: string },
): void {
  if (options.acceptLexical) {
    const raw = data.getData(LEXICAL_CLIPBOARD_MIME);
    const nodes = raw === '' ? null : acceptClipboardNodes(raw, options.namespace);
    if (nodes !== null) {
      $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(nodes), selection);
      return;
    }
  }
  $insertPlainText(selection, data.getData('text/plain'));
}

/** Each line becomes a paragraph, inserted at the selection (after a selected block). */
export function $insertPlainText(selection: BaseSelection, text: string): void {
  if (text === '') return;
  const range = $toRangeSelection(selection);
  if (range === null) return;
  plainTextToParagraphs(text).forEach((line, index) => {
    if (index > 0) range.insertParagraph();
    if (line !== '') range.insertText(line);
  });
}

/** A selected quote block or mark takes text after it rather than being replaced by it. */
function $toRangeSelection(selection: BaseSelection): RangeSelection | null {
  if ($isRangeSelection(selection)) return selection;
  if (!$isNodeSelection(selection)) return null;
  const last = selection.getNodes().at(-1);
  if (last === undefined) return null;
  if (last.isInline()) return last.selectNext();
  const paragraph = $createParagraphNode();
  last.insertAfter(paragraph);
  return paragraph.select();
}

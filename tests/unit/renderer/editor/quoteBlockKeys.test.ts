// Backspace or Delete next to a quote block selects it first; only the next key removes it.
import { describe, expect, it } from 'vitest';
import { $getRoot, $getSelection, $isElementNode, $isNodeSelection, $isTextNode } from 'lexical';
import { $selectAdjacentQuoteBlock } from '../../../../src/renderer/src/editor/extensions/QuoteBlockKeys/quoteBlockKeys';
import { briefing, headlessEditor, paragraph, quoteBlock, text, update } from './headlessEditor';

function caretIn(
  blockIndex: number,
  offset: number,
  isBackward: boolean,
): { handled: boolean; selected: string[] } {
  const editor = headlessEditor(
    briefing(
      paragraph(text('before')),
      quoteBlock('quote_key01', 1, 'words', 'en'),
      paragraph(text('after')),
    ),
  );
  let result = { handled: false, selected: [] as string[] };
  update(editor, () => {
    const block = $getRoot().getChildAtIndex(blockIndex);
    const textNode = $isElementNode(block) ? block.getFirstDescendant() : null;
    if (!$isTextNode(textNode)) throw new Error('no text');
    textNode.select(offset, offset);
    const handled = $selectAdjacentQuoteBlock(isBackward);
    const selection = $getSelection();
    const selected = $isNodeSelection(selection)
      ? selection.getNodes().map((node) => node.getType())
      : [];
    result = { handled, selected };
  });
  return result;
}

describe('keys next to a quote block', () => {
  it.each([
    ['Backspace at the start of the block after it', 2, 0, true, true],
    ['Delete at the end of the block before it', 0, 6, false, true],
    ['Backspace inside the words', 2, 2, true, false],
    ['Delete at the start of the block before it', 0, 0, false, false],
    ['Backspace at the start of the block before it', 0, 0, true, false],
  ])('%s', (_name, blockIndex, offset, isBackward, selects) => {
    const { handled, selected } = caretIn(blockIndex, offset, isBackward);
    expect(handled).toBe(selects);
    expect(selected).toEqual(selects ? ['parallax-quote'] : []);
  });
});

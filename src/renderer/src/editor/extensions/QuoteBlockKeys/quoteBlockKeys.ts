// Backspace at the start of the block after a quote block (or Delete at the end of the block
// before one) selects the quote block instead of deleting it: cited source words should not vanish
// by a stray keystroke. The next Backspace or Delete removes the selected block as a whole.
import {
  $createNodeSelection,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
} from 'lexical';
import { $isParallaxQuoteNode } from '../../nodes';

/** Selects the quote block the caret is about to delete into; true if it did. */
export function $selectAdjacentQuoteBlock(isBackward: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const anchorNode = selection.anchor.getNode();
  const block = anchorNode.getTopLevelElement();
  if (!$isElementNode(block)) return false;
  const atEdge = isBackward
    ? selection.anchor.offset === 0 &&
      (anchorNode.is(block) || anchorNode.is(block.getFirstDescendant()))
    : selection.anchor.offset === anchorNode.getTextContentSize() &&
      (anchorNode.is(block) || anchorNode.is(block.getLastDescendant()));
  if (!atEdge) return false;
  const neighbour = isBackward ? block.getPreviousSibling() : block.getNextSibling();
  if (!$isParallaxQuoteNode(neighbour)) return false;
  const nodeSelection = $createNodeSelection();
  nodeSelection.add(neighbour.getKey());
  $setSelection(nodeSelection);
  return true;
}

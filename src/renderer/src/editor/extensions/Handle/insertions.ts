// What the editor's handle does to the content, as $ functions (run inside editor.update) so the
// headless tests drive exactly the code the component runs.
import {
  $createNodeSelection,
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isDecoratorNode,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  $parseSerializedNode,
  $setSelection,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import type { BriefingState } from '../../../../../shared/briefings/state';
import type { QuoteDragData } from '../../quoteDrag';
import { $createCitationNode, $createParallaxQuoteNode, type ParallaxQuoteNode } from '../../nodes';

/**
 * Puts back the selection the editor had before it lost focus (a click in the quote browser
 * blurs it), when the editor has none now and the old one still points at live nodes.
 */
export function $restoreSelection(remembered: RangeSelection | null): void {
  if ($getSelection() !== null || remembered === null) return;
  const { anchor, focus } = remembered;
  if (!anchor.getNode().isAttached() || !focus.getNode().isAttached()) return;
  $setSelection(remembered.clone());
}

/** The space left at a split, trimmed: "said | the" must not become "said " and " the". */
function $trimAtSplit(block: LexicalNode | null, side: 'start' | 'end'): void {
  if (!$isElementNode(block)) return;
  const edge = side === 'start' ? block.getFirstChild() : block.getLastChild();
  if (!$isTextNode(edge)) return;
  const text = edge.getTextContent();
  const trimmed = side === 'start' ? text.trimStart() : text.trimEnd();
  if (trimmed === text) return;
  if (trimmed === '') edge.remove();
  else edge.setTextContent(trimmed);
}

/** A quote block at the selection, else at the end; a paragraph follows it so typing can go on. */
export function $insertQuoteBlock(quote: QuoteDragData): ParallaxQuoteNode {
  const node = $createParallaxQuoteNode(quote);
  if ($getSelection() === null) $getRoot().selectEnd();
  $insertNodes([node]);
  $trimAtSplit(node.getPreviousSibling(), 'end');
  $trimAtSplit(node.getNextSibling(), 'start');
  const next = node.getNextSibling();
  if (next === null || $isDecoratorNode(next)) {
    const paragraph = $createParagraphNode();
    node.insertAfter(paragraph);
    paragraph.select();
  } else if ($isElementNode(next)) {
    next.selectStart();
  }
  return node;
}

/** An inline mark after the selection (selected words are kept, never replaced by it). */
export function $insertCitationMark(documentId: number, quoteUid: string | null): void {
  const mark = $createCitationNode({ documentId, quoteUid });
  const current = $getSelection();
  const selected = $isNodeSelection(current) ? current.getNodes().at(-1) : undefined;
  const selection = $isRangeSelection(current)
    ? current
    : selected?.isInline()
      ? selected.selectNext()
      : $selectEndOfText();
  const end = selection.isBackward() ? selection.anchor : selection.focus;
  selection.anchor.set(end.key, end.offset, end.type);
  selection.focus.set(end.key, end.offset, end.type);
  selection.insertNodes([mark]);
}

/** The end of the last block that holds text; a new paragraph if the content ends with a quote. */
function $selectEndOfText(): RangeSelection {
  const last = $getRoot().getLastChild();
  if ($isElementNode(last)) return last.selectEnd();
  const paragraph = $createParagraphNode();
  $getRoot().append(paragraph);
  return paragraph.select();
}

/** The whole content replaced, as one undoable step (restoring a revision can be taken back). */
export function $replaceContent(state: BriefingState): void {
  const root = $getRoot();
  root.clear();
  const blocks: LexicalNode[] = (state.root.children ?? []).map((child) =>
    $parseSerializedNode(child),
  );
  if (blocks.length === 0) blocks.push($createParagraphNode());
  root.append(...blocks);
  const first = root.getFirstChild();
  if ($isElementNode(first)) first.selectStart();
  else $setSelection(null);
}

/** Selects top-level block N (a quote block as a whole); its key, or null if there is none. */
export function $selectBlock(blockIndex: number): string | null {
  const block = $getRoot().getChildAtIndex(blockIndex);
  if (block === null) return null;
  if ($isElementNode(block)) {
    block.selectStart();
  } else {
    const selection = $createNodeSelection();
    selection.add(block.getKey());
    $setSelection(selection);
  }
  return block.getKey();
}

// Where a drop lands, as a Lexical selection: the DOM caret under the pointer (standard
// caretPositionFromPoint, or Chromium's older caretRangeFromPoint), else the end of the briefing.
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isRootNode,
  $isTextNode,
  $normalizeSelection__EXPERIMENTAL,
  $setSelection,
  type LexicalEditor,
} from 'lexical';

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** A drop inside a word lands after the word: a quote block never splits "Ra|bat" in two. */
export function wordEndFrom(text: string, offset: number): number {
  let end = offset;
  if (end <= 0 || !WORD_CHARACTER.test(text.charAt(end - 1))) return end;
  while (end < text.length && WORD_CHARACTER.test(text.charAt(end))) end += 1;
  return end;
}

interface DomCaret {
  node: Node;
  offset: number;
}

function domCaretAt(x: number, y: number): DomCaret | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Selects the drop point in the briefing; false when it fell back to the end. */
export function $selectDropPoint(editor: LexicalEditor, x: number, y: number): boolean {
  const root = editor.getRootElement();
  const caret = domCaretAt(x, y);
  const node = caret && root?.contains(caret.node) ? $getNearestNodeFromDOMNode(caret.node) : null;
  if (caret === null || node === null || $isRootNode(node)) {
    $getRoot().selectEnd();
    return false;
  }
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    const offset = wordEndFrom(
      node.getTextContent(),
      Math.min(caret.offset, node.getTextContentSize()),
    );
    selection.anchor.set(node.getKey(), offset, 'text');
    selection.focus.set(node.getKey(), offset, 'text');
  } else {
    // On a quote block, a mark or an empty block: just after it.
    const parent = node.getParentOrThrow();
    const offset = node.getIndexWithinParent() + 1;
    selection.anchor.set(parent.getKey(), offset, 'element');
    selection.focus.set(parent.getKey(), offset, 'element');
  }
  $setSelection($normalizeSelection__EXPERIMENTAL(selection));
  return true;
}

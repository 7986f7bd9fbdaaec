// What the toolbar's buttons do to the content, as $ functions run inside editor.update.
import { $createLinkNode, $toggleLink } from '@lexical/link';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type ElementNode,
} from 'lexical';
import { headingAnchor } from '../../../../../shared/briefings/state';
import type { BlockType } from './useToolbarState';

export type SettableBlock = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';

const CREATE_BLOCK: Record<SettableBlock, () => ElementNode> = {
  paragraph: () => $createParagraphNode(),
  h1: () => $createHeadingNode('h1'),
  h2: () => $createHeadingNode('h2'),
  h3: () => $createHeadingNode('h3'),
  quote: () => $createQuoteNode(),
};

/** Turns the selected blocks into `type`; pressing the current type again goes back to text. */
export function $setBlock(type: SettableBlock, current: BlockType): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  $setBlocksType(selection, current === type ? CREATE_BLOCK.paragraph : CREATE_BLOCK[type]);
}

export interface SectionHeading {
  key: string;
  text: string;
  anchor: string;
}

/** The briefing's headings in order, the targets an internal link may point at. */
export function $listSections(): SectionHeading[] {
  return $getRoot()
    .getChildren()
    .filter($isHeadingNode)
    .map((heading) => {
      const text = heading.getTextContent();
      return { key: heading.getKey(), text, anchor: headingAnchor(text) };
    })
    .filter((section) => section.text.trim() !== '');
}

/** Links the selected words to a section; with no words selected, inserts the heading's title. */
export function $linkToSection(section: SectionHeading): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const url = `#${section.anchor}`;
  if (selection.isCollapsed()) {
    selection.insertNodes([$createLinkNode(url).append($createTextNode(section.text))]);
  } else {
    $toggleLink(url);
  }
}

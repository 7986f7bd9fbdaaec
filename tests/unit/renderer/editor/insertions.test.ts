// What the editor's handle does to the content: quote blocks and marks where the analyst is,
// a whole-content replacement that can be undone, and selecting a block by index.
import { describe, expect, it } from 'vitest';
import { registerHistory } from '@lexical/history';
import {
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  UNDO_COMMAND,
} from 'lexical';
import {
  $insertCitationMark,
  $insertQuoteBlock,
  $replaceContent,
  $restoreSelection,
  $selectBlock,
} from '../../../../src/renderer/src/editor/extensions/Handle/insertions';
import { historyStartingAt } from '../../../../src/renderer/src/editor/extensions/History/historyStartingAt';
import type { BriefingNode } from '../../../../src/shared/briefings/state';
import {
  briefing,
  citation,
  headlessEditor,
  paragraph,
  quoteBlock,
  stateOf,
  text,
  update,
} from './headlessEditor';

const QUOTE = { quoteUid: 'dragged_q1', documentId: 9, text: 'الجيش المغربي', language: 'ar' };

function topLevelTypes(editor: ReturnType<typeof headlessEditor>): string[] {
  return (stateOf(editor).root.children ?? []).map((node) => node.type);
}

function blockText(node: BriefingNode | undefined): string {
  return (node?.children ?? [])
    .map((child) => (typeof child.text === 'string' ? child.text : `<${child.type}>`))
    .join('');
}

describe('inserting a quote block', () => {
  it('goes at the end when the editor has no selection, followed by a paragraph to type in', () => {
    const editor = headlessEditor(briefing(paragraph(text('Intro'))));
    update(editor, () => {
      $insertQuoteBlock(QUOTE);
    });
    expect(topLevelTypes(editor)).toEqual(['paragraph', 'parallax-quote', 'paragraph']);
    expect(stateOf(editor).root.children?.[1]).toMatchObject({ ...QUOTE, type: 'parallax-quote' });
  });

  it('splits the paragraph at the caret', () => {
    const editor = headlessEditor(briefing(paragraph(text('Before after'))));
    update(editor, () => {
      const textNode = $getRoot().getFirstDescendant();
      if (!$isTextNode(textNode)) throw new Error('no text');
      textNode.select(7, 7);
      $insertQuoteBlock(QUOTE);
    });
    const blocks = stateOf(editor).root.children ?? [];
    expect(blocks.map((node) => node.type)).toEqual(['paragraph', 'parallax-quote', 'paragraph']);
    // The space at the split is not left dangling at the end of the first part.
    expect(blockText(blocks[0])).toBe('Before');
    expect(blockText(blocks[2])).toBe('after');
  });

  it('trims the space a split leaves at the start of the second part', () => {
    const editor = headlessEditor(briefing(paragraph(text('said the general'))));
    update(editor, () => {
      const textNode = $getRoot().getFirstDescendant();
      if (!$isTextNode(textNode)) throw new Error('no text');
      textNode.select(4, 4);
      $insertQuoteBlock(QUOTE);
    });
    const blocks = stateOf(editor).root.children ?? [];
    expect([blockText(blocks[0]), blockText(blocks[2])]).toEqual(['said', 'the general']);
  });

  it('refuses a quote with a malformed uid and leaves the content as it was', () => {
    const editor = headlessEditor(briefing(paragraph(text('Intro'))));
    const before = JSON.stringify(stateOf(editor));
    expect(() =>
      update(editor, () => {
        $insertQuoteBlock({ ...QUOTE, quoteUid: 'bad uid' });
      }),
    ).toThrow(/Invalid quote block/);
    expect(JSON.stringify(stateOf(editor))).toBe(before);
  });
});

describe('inserting a citation mark', () => {
  it('goes after selected words and keeps them', () => {
    const editor = headlessEditor(briefing(paragraph(text('the general said so'))));
    update(editor, () => {
      const textNode = $getRoot().getFirstDescendant();
      if (!$isTextNode(textNode)) throw new Error('no text');
      textNode.select(4, 11);
      $insertCitationMark(9, 'dragged_q1');
    });
    const [first] = stateOf(editor).root.children ?? [];
    expect(blockText(first)).toBe('the general<parallax-citation> said so');
  });

  it('goes at the end of the text when nothing is selected, even after a final quote block', () => {
    const editor = headlessEditor(
      briefing(paragraph(text('Intro')), quoteBlock('dragged_q1', 9, 'x', 'en')),
    );
    update(editor, () => {
      $insertCitationMark(4, null);
    });
    const blocks = stateOf(editor).root.children ?? [];
    expect(blocks.map((node) => node.type)).toEqual(['paragraph', 'parallax-quote', 'paragraph']);
    expect(blocks[2]?.children).toEqual([citation(4)]);
  });
});

describe('restoring the last selection', () => {
  it('puts the caret back where it was before the editor lost focus', () => {
    const editor = headlessEditor(briefing(paragraph(text('one two'))));
    let remembered = null as ReturnType<typeof $getSelection>;
    update(editor, () => {
      const textNode = $getRoot().getFirstDescendant();
      if ($isTextNode(textNode)) textNode.select(3, 3);
      remembered = $getSelection()?.clone() ?? null;
    });
    update(editor, () => {
      const selection = $isRangeSelection(remembered) ? remembered : null;
      $restoreSelection(selection);
      $insertCitationMark(1, null);
    });
    expect(blockText(stateOf(editor).root.children?.[0])).toBe('one<parallax-citation> two');
  });
});

describe('replacing the content', () => {
  it('swaps in a revision and one undo brings the old content back, even as the first edit', () => {
    const editor = headlessEditor(briefing(paragraph(text('current text'))));
    registerHistory(editor, historyStartingAt(editor), 0);
    const before = stateOf(editor);
    const revision = briefing(
      paragraph(text('older text'), citation(2)),
      quoteBlock('revision_q', 2, 'y', 'fr'),
    );
    update(editor, () => {
      $replaceContent(revision);
    });
    expect(stateOf(editor)).toEqual(revision);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(stateOf(editor)).toEqual(before);
  });

  it('leaves an empty paragraph when the replacement is empty', () => {
    const editor = headlessEditor(briefing(paragraph(text('x'))));
    update(editor, () => {
      $replaceContent(briefing());
    });
    expect(topLevelTypes(editor)).toEqual(['paragraph']);
  });
});

describe('selecting a block', () => {
  it('selects a quote block as a whole and a paragraph at its start; nothing past the end', () => {
    const editor = headlessEditor(
      briefing(paragraph(text('a')), quoteBlock('dragged_q1', 9, 'x', 'en')),
    );
    update(editor, () => {
      expect($selectBlock(1)).not.toBeNull();
      expect($isNodeSelection($getSelection())).toBe(true);
      expect($selectBlock(0)).not.toBeNull();
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.offset).toBe(0);
      expect($selectBlock(5)).toBeNull();
    });
  });
});

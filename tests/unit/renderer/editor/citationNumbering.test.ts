// Citation numbers follow the text: computed from the current state, they change as blocks and
// marks move, and the ids a container must resolve are reported once per set, not per keystroke.
import { describe, expect, it } from 'vitest';
import { $createTextNode, $getRoot, $isElementNode } from 'lexical';
import {
  sameIds,
  sameNumbers,
  summariseCitations,
} from '../../../../src/renderer/src/editor/citations/citationIds';
import { $isCitationNode } from '../../../../src/renderer/src/editor/nodes';
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

function numbersOf(editor: ReturnType<typeof headlessEditor>): [number, number][] {
  return [...summariseCitations(stateOf(editor)).numbers.entries()];
}

describe('citation numbering in the editor', () => {
  const start = () =>
    headlessEditor(
      briefing(
        paragraph(text('Rabat says'), citation(7)),
        quoteBlock('quote_3aaaa', 3, 'نص الاقتباس', 'ar'),
        paragraph(text('Bamako agrees'), citation(5), text(' and '), citation(7, 'quote_7aaaa')),
      ),
    );

  it('numbers sources by their first citation, quote blocks included', () => {
    expect(numbersOf(start())).toEqual([
      [7, 1],
      [3, 2],
      [5, 3],
    ]);
  });

  it('renumbers when a paragraph moves to the top', () => {
    const editor = start();
    update(editor, () => {
      const root = $getRoot();
      const last = root.getLastChild();
      const first = root.getFirstChild();
      if (last && first) first.insertBefore(last);
    });
    expect(numbersOf(editor)).toEqual([
      [5, 1],
      [7, 2],
      [3, 3],
    ]);
  });

  it('renumbers when a single mark moves into an earlier paragraph', () => {
    const editor = start();
    update(editor, () => {
      const [first, , third] = $getRoot().getChildren();
      if (!$isElementNode(first) || !$isElementNode(third)) throw new Error('unexpected shape');
      const mark = third.getChildren().find($isCitationNode);
      if (!mark) throw new Error('no mark');
      first.getFirstChildOrThrow().insertBefore(mark);
    });
    expect(numbersOf(editor)).toEqual([
      [5, 1],
      [7, 2],
      [3, 3],
    ]);
  });

  it('drops a source from the numbering when its last citation is deleted', () => {
    const editor = start();
    update(editor, () => {
      $getRoot().getChildAtIndex(1)?.remove();
    });
    expect(numbersOf(editor)).toEqual([
      [7, 1],
      [5, 2],
    ]);
  });

  it('reports ids to resolve, each once', () => {
    const { ids } = summariseCitations(stateOf(start()));
    expect(ids).toEqual({ documentIds: [7, 3, 5], quoteUids: ['quote_3aaaa', 'quote_7aaaa'] });
  });

  it('sees typing as no change in numbers or ids', () => {
    const editor = start();
    const before = summariseCitations(stateOf(editor));
    update(editor, () => {
      const first = $getRoot().getFirstChild();
      if ($isElementNode(first)) first.append($createTextNode(' more words'));
    });
    const after = summariseCitations(stateOf(editor));
    expect(sameNumbers(before.numbers, after.numbers)).toBe(true);
    expect(sameIds(before.ids, after.ids)).toBe(true);
  });

  it('tells a renumbering apart from a change of ids', () => {
    const a = { documentIds: [1, 2], quoteUids: ['x'] };
    expect(sameIds(a, { documentIds: [2, 1], quoteUids: ['x'] })).toBe(true);
    expect(sameIds(a, { documentIds: [1, 3], quoteUids: ['x'] })).toBe(false);
    expect(sameIds(a, { documentIds: [1, 2], quoteUids: [] })).toBe(false);
    expect(
      sameNumbers(
        new Map([
          [1, 1],
          [2, 2],
        ]),
        new Map([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toBe(false);
  });
});

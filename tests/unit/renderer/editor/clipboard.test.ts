// Pastes and drops never turn source text into markup: outside text comes in as plain paragraphs,
// and only this editor's own clipboard nodes (checked like a saved briefing) keep their structure.
import { describe, expect, it } from 'vitest';
import { $createNodeSelection, $getRoot, $getSelection, $setSelection } from 'lexical';
import { acceptClipboardNodes } from '../../../../src/renderer/src/editor/extensions/Clipboard/clipboardNodes';
import { wordEndFrom } from '../../../../src/renderer/src/editor/extensions/Clipboard/dropPoint';
import { $insertTransfer } from '../../../../src/renderer/src/editor/extensions/Clipboard/insertTransfer';
import { plainTextToParagraphs } from '../../../../src/renderer/src/editor/extensions/Clipboard/plainText';
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

const NAMESPACE = 'parallax-briefing';

function transfer(items: Record<string, string>): Pick<DataTransfer, 'getData'> {
  return { getData: (type: string) => items[type] ?? '' };
}

function link(url: string, ...children: BriefingNode[]): BriefingNode {
  return {
    type: 'link',
    version: 1,
    url,
    rel: null,
    target: null,
    title: null,
    direction: null,
    format: '',
    indent: 0,
    children,
  };
}

function lexicalPayload(nodes: unknown[], namespace = NAMESPACE): string {
  return JSON.stringify({ namespace, nodes });
}

function blockTexts(state: ReturnType<typeof stateOf>): string[] {
  return (state.root.children ?? []).map((block) =>
    (block.children ?? [])
      .map((child) => (typeof child.text === 'string' ? child.text : `<${child.type}>`))
      .join(''),
  );
}

describe('plainTextToParagraphs', () => {
  it.each([
    ['one line', 'hello', ['hello']],
    ['Windows line ends', 'a\r\nb', ['a', 'b']],
    ['old Mac line ends', 'a\rb', ['a', 'b']],
    ['an empty line kept', 'a\n\nb', ['a', '', 'b']],
    ['control characters dropped, tab kept', 'a\u0000b\u000Cc\td', ['abc\td']],
    ['bidi controls kept', 'x\u202Ey\u202C', ['x\u202Ey\u202C']],
    ['markup kept as words', '<b>bold</b>', ['<b>bold</b>']],
  ])('%s', (_name, input, expected) => {
    expect(plainTextToParagraphs(input)).toEqual(expected);
  });
});

describe('acceptClipboardNodes', () => {
  it('accepts our own nodes, quote blocks and marks included', () => {
    const nodes = [
      paragraph(text('x'), citation(3, 'quote_abc12')),
      quoteBlock('quote_abc12', 3, 'مرحبا', 'ar'),
    ];
    expect(acceptClipboardNodes(lexicalPayload(nodes), NAMESPACE)).toEqual(nodes);
  });

  it.each([
    ['another namespace', lexicalPayload([paragraph(text('x'))], 'someone-else')],
    ['not JSON', '{nodes:'],
    ['no node list', JSON.stringify({ namespace: NAMESPACE })],
    [
      'a node type we do not have',
      lexicalPayload([{ type: 'image', version: 1, src: 'http://x' }]),
    ],
    ['a citation with a bad id', lexicalPayload([paragraph(citation(-1))])],
    [
      'a quote block without its uid',
      lexicalPayload([
        { type: 'parallax-quote', version: 1, documentId: 1, text: 'x', language: 'en' },
      ]),
    ],
  ])('refuses %s', (_name, raw) => {
    expect(acceptClipboardNodes(raw, NAMESPACE)).toBeNull();
  });

  it('keeps links to sections and replaces other links by their words', () => {
    const nodes = [
      paragraph(
        link('#section-two', text('section two')),
        link('https://example.com', text(' web')),
        link('javascript:alert(1)', text(' script')),
      ),
    ];
    const accepted = acceptClipboardNodes(lexicalPayload(nodes), NAMESPACE);
    expect(accepted?.[0]?.children?.map((child) => child.type)).toEqual(['link', 'text', 'text']);
    expect(accepted?.[0]?.children?.[0]?.url).toBe('#section-two');
  });

  it('strips inline styles', () => {
    const styled = { ...text('x'), style: 'color: red; background: url(http://x)' };
    const accepted = acceptClipboardNodes(lexicalPayload([paragraph(styled)]), NAMESPACE);
    expect(accepted?.[0]?.children?.[0]?.style).toBe('');
  });
});

describe('$insertTransfer', () => {
  function pasteInto(items: Record<string, string>, acceptLexical = true) {
    const editor = headlessEditor(briefing(paragraph(text('Start '))));
    update(editor, () => {
      $getRoot().selectEnd();
      const selection = $getSelection();
      if (selection === null) throw new Error('no selection');
      $insertTransfer(editor, transfer(items), selection, { acceptLexical, namespace: NAMESPACE });
    });
    return stateOf(editor);
  }

  it('inserts outside text as plain paragraphs and never reads its HTML', () => {
    const state = pasteInto({
      'text/plain': 'first line\nsecond <i>line</i>',
      'text/html': '<h1>first line</h1><script>x()</script><a href="http://x">second</a>',
    });
    expect(blockTexts(state)).toEqual(['Start first line', 'second <i>line</i>']);
    expect(state.root.children?.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it("keeps this editor's quote blocks and marks on paste", () => {
    const nodes = [
      paragraph(text('cited'), citation(3, 'quote_abc12')),
      quoteBlock('quote_abc12', 3, 'مرحبا', 'ar'),
    ];
    const state = pasteInto({
      'application/x-lexical-editor': lexicalPayload(nodes),
      'text/plain': 'cited مرحبا',
    });
    expect(JSON.stringify(state)).toContain('"type":"parallax-quote"');
    expect(JSON.stringify(state)).toContain('"type":"parallax-citation"');
  });

  it('falls back to plain text when our format is refused or not wanted', () => {
    const crafted = lexicalPayload([paragraph(citation(0))]);
    expect(
      blockTexts(pasteInto({ 'application/x-lexical-editor': crafted, 'text/plain': 'safe' })),
    ).toEqual(['Start safe']);
    const ours = lexicalPayload([quoteBlock('quote_abc12', 3, 'q', 'en')]);
    const dropped = pasteInto(
      { 'application/x-lexical-editor': ours, 'text/plain': 'words' },
      false,
    );
    expect(JSON.stringify(dropped)).not.toContain('parallax-quote');
  });

  it('puts text after a selected quote block instead of replacing it', () => {
    const editor = headlessEditor(briefing(quoteBlock('quote_abc12', 3, 'q', 'en')));
    update(editor, () => {
      const block = $getRoot().getFirstChild();
      if (block === null) throw new Error('no block');
      // A NodeSelection on the block, as a click on it makes.
      const selection = $createNodeSelection();
      selection.add(block.getKey());
      $setSelection(selection);
      $insertTransfer(editor, transfer({ 'text/plain': 'words' }), selection, {
        acceptLexical: true,
        namespace: NAMESPACE,
      });
    });
    const state = stateOf(editor);
    expect(state.root.children?.map((block) => block.type)).toEqual([
      'parallax-quote',
      'paragraph',
    ]);
    expect(blockTexts(state)[1]).toBe('words');
  });
});

describe('wordEndFrom', () => {
  it.each([
    ['inside a word moves to its end', 'Rabat said', 2, 5],
    ['at a word end stays', 'Rabat said', 5, 5],
    ['after a space stays', 'Rabat said', 6, 6],
    ['at the start stays', 'Rabat', 0, 0],
    ['inside an Arabic word with diacritics', 'قَالَ العميد', 2, 5],
    ['at the end of the text stays', 'Rabat', 5, 5],
  ])('%s', (_name, words, offset, expected) => {
    expect(wordEndFrom(words, offset)).toBe(expected);
  });
});

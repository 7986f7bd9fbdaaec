// The editor saves exactly what it loads: serialise → parse → serialise is the identity, for every
// kind of content a briefing holds and for the JSON core writes when it drafts from tags.
import { describe, expect, it } from 'vitest';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  type LexicalEditor,
} from 'lexical';
import {
  $createCitationNode,
  $createParallaxQuoteNode,
  $isCitationNode,
  $isParallaxQuoteNode,
} from '../../../../src/renderer/src/editor/nodes';
import { findLoadError } from '../../../../src/renderer/src/editor/loadCheck';
import { briefingStateSchema, type BriefingNode } from '../../../../src/shared/briefings/state';
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

const ARABIC_QUOTE = 'قال العميد محمد مهيب إن \u202Eالتعاون\u202C مستمر';

function buildEverything(editor: LexicalEditor): void {
  update(editor, () => {
    const heading = $createHeadingNode('h1').append($createTextNode('التعاون العسكري'));
    const bold = $createTextNode('Rabat and Bamako ').toggleFormat('bold');
    const italic = $createTextNode('signed').toggleFormat('italic');
    const link = $createLinkNode('#التعاون-العسكري').append($createTextNode('see above'));
    const body = $createParagraphNode().append(
      bold,
      italic,
      $createTextNode(' an agreement'),
      $createCitationNode({ documentId: 12, quoteUid: 'q_ABCDEFGH12' }),
      $createLineBreakNode(),
      link,
    );
    const bullets = $createListNode('bullet').append(
      $createListItemNode().append(
        $createTextNode('first point'),
        $createCitationNode({ documentId: 4, quoteUid: null }),
      ),
      $createListItemNode().append($createTextNode('deuxième point')),
    );
    const numbered = $createListNode('number').append(
      $createListItemNode().append($createTextNode('one')),
    );
    const richQuote = $createQuoteNode().append($createTextNode('an ordinary block quote'));
    const sourceQuote = $createParallaxQuoteNode({
      quoteUid: 'q_ABCDEFGH12',
      documentId: 12,
      text: ARABIC_QUOTE,
      language: 'ar',
    });
    $getRoot().append(
      heading,
      body,
      bullets,
      numbered,
      richQuote,
      sourceQuote,
      $createParagraphNode(),
    );
  });
}

describe('briefing state round trip', () => {
  it('gives back identical JSON for headings, lists, links, formats, Arabic and both custom nodes', () => {
    const editor = headlessEditor();
    buildEverything(editor);
    const saved = stateOf(editor);
    const reloaded = headlessEditor(saved);
    expect(JSON.stringify(stateOf(reloaded))).toBe(JSON.stringify(saved));
    // And what it saves is what core accepts.
    expect(briefingStateSchema.safeParse(saved).success).toBe(true);
  });

  it('writes the custom nodes with exactly the fields the shared schema declares', () => {
    const editor = headlessEditor();
    buildEverything(editor);
    const saved = JSON.stringify(stateOf(editor));
    expect(saved).toContain(
      JSON.stringify({
        type: 'parallax-quote',
        version: 1,
        quoteUid: 'q_ABCDEFGH12',
        documentId: 12,
        text: ARABIC_QUOTE,
        language: 'ar',
      }),
    );
    expect(saved).toContain(
      JSON.stringify({ type: 'parallax-citation', version: 1, documentId: 4, quoteUid: null }),
    );
  });

  it('reads the nodes back as our node classes with their fields', () => {
    const editor = headlessEditor(
      briefing(
        paragraph(text('x'), citation(3, 'uid_1234567')),
        quoteBlock('uid_1234567', 3, 'مرحبا', 'ar'),
      ),
    );
    editor.getEditorState().read(() => {
      const [first, second] = $getRoot().getChildren();
      const mark = $isElementNode(first) ? first.getLastChild() : null;
      expect($isCitationNode(mark)).toBe(true);
      expect($isParallaxQuoteNode(second)).toBe(true);
      if ($isParallaxQuoteNode(second)) {
        expect(second.getText()).toBe('مرحبا');
        expect(second.getLanguage()).toBe('ar');
        expect(second.getTextContent()).toBe('مرحبا');
      }
    });
  });

  it("loads core's draft-from-tags JSON and saves it unchanged", () => {
    // Written as src/main/core/briefings/lexicalJson.ts writes it, key order included.
    const heading: BriefingNode = {
      children: [text('التعاون العسكري')],
      tag: 'h2',
      direction: null,
      format: '',
      indent: 0,
      type: 'heading',
      version: 1,
    };
    const draft = briefing(
      heading,
      paragraph(text('Hespress — المغرب ومالي (2025-02-22)')),
      quoteBlock('draftquote01', 1, ARABIC_QUOTE, 'ar'),
      quoteBlock('draftquote02', 2, 'Le général a dit', 'fr'),
      paragraph(),
    );
    const editor = headlessEditor(draft);
    expect(stateOf(editor)).toEqual(draft);
  });

  it.each([
    ['a uid with spaces', quoteBlock('not a uid', 1, 'x', 'en'), /Invalid quote block/],
    [
      'a language that is not a code',
      quoteBlock('goodquote1', 1, 'x', 'English'),
      /Invalid quote block/,
    ],
    ['a document id of zero', citation(0), /Invalid citation mark/],
  ])('refuses %s with a specific message', (_name, node, message) => {
    const state = briefing(node.type === 'parallax-citation' ? paragraph(node) : node);
    expect(() => headlessEditor(state)).toThrow(message);
  });
});

describe('findLoadError', () => {
  it('says why a state cannot be opened, and accepts a good one', () => {
    expect(findLoadError(briefing(paragraph(citation(0))))).toMatch(/Invalid citation mark/);
    expect(findLoadError(briefing({ type: 'no-such-node', version: 1 }))).toMatch(/no-such-node/);
    expect(findLoadError(briefing(paragraph(text('ok'), citation(1))))).toBeNull();
  });
});

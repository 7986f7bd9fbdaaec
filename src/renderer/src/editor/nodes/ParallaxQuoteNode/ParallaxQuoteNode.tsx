// A block of source words dropped into a briefing. The node holds the quote's ids and the words as
// they were when inserted; whether the quote still exists and still matches its source comes from
// the store through context, so stale corpus data never lives in the editor state.
import type { JSX } from 'react';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { QUOTE_NODE_TYPE } from '../../../../../shared/briefings/state';
import { checkQuoteFields, type QuoteFields } from '../nodeFields';
import { QuoteBlock } from './QuoteBlock';

export type SerializedParallaxQuoteNode = Spread<
  {
    type: typeof QUOTE_NODE_TYPE;
    version: 1;
    quoteUid: string;
    documentId: number;
    text: string;
    language: string;
  },
  SerializedLexicalNode
>;

export class ParallaxQuoteNode extends DecoratorNode<JSX.Element> {
  __quoteUid: string;
  __documentId: number;
  __text: string;
  __language: string;

  static override getType(): string {
    return QUOTE_NODE_TYPE;
  }

  static override clone(node: ParallaxQuoteNode): ParallaxQuoteNode {
    return new ParallaxQuoteNode(
      {
        quoteUid: node.__quoteUid,
        documentId: node.__documentId,
        text: node.__text,
        language: node.__language,
      },
      node.__key,
    );
  }

  static override importJSON(json: SerializedParallaxQuoteNode): ParallaxQuoteNode {
    return $createParallaxQuoteNode(checkQuoteFields(json));
  }

  constructor(fields: QuoteFields, key?: NodeKey) {
    super(key);
    this.__quoteUid = fields.quoteUid;
    this.__documentId = fields.documentId;
    this.__text = fields.text;
    this.__language = fields.language;
  }

  override exportJSON(): SerializedParallaxQuoteNode {
    const latest = this.getLatest();
    return {
      type: QUOTE_NODE_TYPE,
      version: 1,
      quoteUid: latest.__quoteUid,
      documentId: latest.__documentId,
      text: latest.__text,
      language: latest.__language,
    };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    const className = config.theme.parallaxQuote;
    if (typeof className === 'string') element.className = className;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  /** Exported HTML (copy to other programs) is the words as a blockquote, never markup from them. */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('blockquote');
    element.textContent = this.getLatest().__text;
    element.lang = this.getLatest().__language;
    return { element };
  }

  override getTextContent(): string {
    return this.getLatest().__text;
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  getQuoteUid(): string {
    return this.getLatest().__quoteUid;
  }

  getDocumentId(): number {
    return this.getLatest().__documentId;
  }

  getText(): string {
    return this.getLatest().__text;
  }

  getLanguage(): string {
    return this.getLatest().__language;
  }

  override decorate(): JSX.Element {
    return (
      <QuoteBlock
        nodeKey={this.__key}
        quoteUid={this.__quoteUid}
        documentId={this.__documentId}
        text={this.__text}
        language={this.__language}
      />
    );
  }
}

export function $createParallaxQuoteNode(fields: QuoteFields): ParallaxQuoteNode {
  return $applyNodeReplacement(new ParallaxQuoteNode(checkQuoteFields(fields)));
}

export function $isParallaxQuoteNode(
  node: LexicalNode | null | undefined,
): node is ParallaxQuoteNode {
  return node instanceof ParallaxQuoteNode;
}

// An inline citation mark: a source and, where there is one, a quote in it. Only ids live here;
// the number (from the order of citations) and the tooltip (from the store) come through context.
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
import { CITATION_NODE_TYPE } from '../../../../../shared/briefings/state';
import { checkCitationFields, type CitationFields } from '../nodeFields';
import { CitationMark } from './CitationMark';

export type SerializedCitationNode = Spread<
  {
    type: typeof CITATION_NODE_TYPE;
    version: 1;
    documentId: number;
    quoteUid: string | null;
  },
  SerializedLexicalNode
>;

export class CitationNode extends DecoratorNode<JSX.Element> {
  __documentId: number;
  __quoteUid: string | null;

  static override getType(): string {
    return CITATION_NODE_TYPE;
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(
      { documentId: node.__documentId, quoteUid: node.__quoteUid },
      node.__key,
    );
  }

  static override importJSON(json: SerializedCitationNode): CitationNode {
    return $createCitationNode(checkCitationFields(json));
  }

  constructor(fields: CitationFields, key?: NodeKey) {
    super(key);
    this.__documentId = fields.documentId;
    this.__quoteUid = fields.quoteUid;
  }

  override exportJSON(): SerializedCitationNode {
    const latest = this.getLatest();
    return {
      type: CITATION_NODE_TYPE,
      version: 1,
      documentId: latest.__documentId,
      quoteUid: latest.__quoteUid,
    };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('span');
    const className = config.theme.citation;
    if (typeof className === 'string') element.className = className;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('sup');
    element.textContent = '[*]';
    return { element };
  }

  /** Plain-text copies carry no number: it depends on the rest of the briefing. */
  override getTextContent(): string {
    return '';
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  getDocumentId(): number {
    return this.getLatest().__documentId;
  }

  getQuoteUid(): string | null {
    return this.getLatest().__quoteUid;
  }

  override decorate(): JSX.Element {
    return (
      <CitationMark
        nodeKey={this.__key}
        documentId={this.__documentId}
        quoteUid={this.__quoteUid}
      />
    );
  }
}

export function $createCitationNode(fields: CitationFields): CitationNode {
  return $applyNodeReplacement(new CitationNode(checkCitationFields(fields)));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}

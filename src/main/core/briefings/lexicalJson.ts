// Serialised Lexical nodes written by core (drafts from tags) without Lexical itself. The shapes
// are what Lexical 0.52's exportJSON writes, so the editor loads them exactly as it saved them;
// direction stays null because Lexical works it out from the text when it renders.
import type {
  BriefingNode,
  BriefingState,
  SerializedCitationNode,
  SerializedQuoteNode,
} from '../../../shared/briefings/state';
import { CITATION_NODE_TYPE, QUOTE_NODE_TYPE } from '../../../shared/briefings/state';

const blockFields = { direction: null, format: '', indent: 0 } as const;

export function textNode(text: string): BriefingNode {
  return { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export function paragraphNode(children: BriefingNode[]): BriefingNode {
  return {
    children,
    ...blockFields,
    textFormat: 0,
    textStyle: '',
    type: 'paragraph',
    version: 1,
  };
}

export function headingNode(tag: 'h1' | 'h2' | 'h3', text: string): BriefingNode {
  return { children: [textNode(text)], tag, ...blockFields, type: 'heading', version: 1 };
}

export function quoteNode(quote: {
  quoteUid: string;
  documentId: number;
  text: string;
  language: string;
}): SerializedQuoteNode {
  return { type: QUOTE_NODE_TYPE, version: 1, ...quote };
}

export function citationNode(documentId: number, quoteUid: string | null): SerializedCitationNode {
  return { type: CITATION_NODE_TYPE, version: 1, documentId, quoteUid };
}

export function rootState(children: BriefingNode[]): BriefingState {
  return { root: { children, ...blockFields, type: 'root', version: 1 } };
}

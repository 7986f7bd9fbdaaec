// Every node class a briefing may contain: the editor and the headless tests register the same list.
import type { Klass, LexicalNode } from 'lexical';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { CitationNode } from './CitationNode';
import { ParallaxQuoteNode } from './ParallaxQuoteNode';

export const BRIEFING_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  ParallaxQuoteNode,
  CitationNode,
];

export * from './CitationNode';
export * from './ParallaxQuoteNode';

// Citation numbering: every source gets a number at the first appearance of a citation to it (a
// citation mark or a quote block), in reading order, so numbers follow the text as it moves.
import type { BriefingNode, BriefingState } from './state';
import { isCitationNode, isQuoteNode } from './state';

export interface CitationRef {
  documentId: number;
  quoteUid: string | null;
  /** A quote block, or an inline mark. */
  kind: 'quote' | 'mark';
  /** Index of the top-level block the citation sits in. */
  blockIndex: number;
}

/** Every citation in reading order (depth first, as the text is read). */
export function collectCitations(state: BriefingState): CitationRef[] {
  const found: CitationRef[] = [];
  const visit = (node: BriefingNode, blockIndex: number): void => {
    if (isQuoteNode(node)) {
      found.push({
        documentId: node.documentId,
        quoteUid: node.quoteUid,
        kind: 'quote',
        blockIndex,
      });
    } else if (isCitationNode(node)) {
      found.push({
        documentId: node.documentId,
        quoteUid: node.quoteUid,
        kind: 'mark',
        blockIndex,
      });
    }
    for (const child of node.children ?? []) visit(child, blockIndex);
  };
  (state.root.children ?? []).forEach((block, index) => visit(block, index));
  return found;
}

/** Document id → its number in the source list (1-based, by first appearance). */
export function numberSources(citations: readonly CitationRef[]): Map<number, number> {
  const numbers = new Map<number, number>();
  for (const citation of citations) {
    if (!numbers.has(citation.documentId)) numbers.set(citation.documentId, numbers.size + 1);
  }
  return numbers;
}

// "Draft from tags": one section per tag, its quotes grouped by source (oldest source first), each
// quote a quote block that cites it. Pure: the service fetches the quotes and stores the result.
import type { BriefingNode, BriefingState } from '../../../shared/briefings/state';
import type { QuoteRow } from '../../../shared/domain';
import { headingNode, paragraphNode, quoteNode, rootState, textNode } from './lexicalJson';

export interface DraftSection {
  heading: string;
  quotes: readonly QuoteRow[];
}

/**
 * How a drafted section names a source: "Outlet, date — Title", leaving out what is unknown. The
 * title comes last: a date after an Arabic title would join its right-to-left run and print
 * reversed ("(19-02-2025)" on the wrong side), and plain text nodes cannot isolate it.
 */
export function sourceLine(source: {
  outlet: string | null;
  documentTitle: string;
  publishedAt: string | null;
}): string {
  const by = [source.outlet, source.publishedAt].filter((part) => part !== null).join(', ');
  return by ? `${by} — ${source.documentTitle}` : source.documentTitle;
}

/** Undated sources after dated ones; then by title, then id so the order never depends on luck. */
function compareSources(a: QuoteRow, b: QuoteRow): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  return a.documentTitle.localeCompare(b.documentTitle) || a.documentId - b.documentId;
}

function sectionBlocks(section: DraftSection): BriefingNode[] {
  const byDocument = new Map<number, { source: QuoteRow; quotes: QuoteRow[] }>();
  for (const quote of section.quotes) {
    const group = byDocument.get(quote.documentId);
    if (group) group.quotes.push(quote);
    else byDocument.set(quote.documentId, { source: quote, quotes: [quote] });
  }
  const groups = [...byDocument.values()].sort((a, b) => compareSources(a.source, b.source));
  const blocks: BriefingNode[] = [headingNode('h2', section.heading)];
  for (const { source, quotes } of groups) {
    blocks.push(paragraphNode([textNode(sourceLine(source))]));
    const inTextOrder = [...quotes].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const quote of inTextOrder) {
      blocks.push(
        quoteNode({
          quoteUid: quote.uid,
          documentId: quote.documentId,
          text: quote.text,
          language: quote.language,
        }),
      );
    }
  }
  return blocks;
}

/** The drafted briefing, ending with an empty paragraph to go on writing in. */
export function draftState(sections: readonly DraftSection[]): BriefingState {
  return rootState([...sections.flatMap(sectionBlocks), paragraphNode([])]);
}

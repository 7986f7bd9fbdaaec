// Checks before export: broken citations (errors), quotes whose words drifted (warnings), and
// suggestions (hints). Pure over the content and what its citations resolve to; messages quote the
// source's title or the quote's first words so the user knows which one is meant.
import { collectCitations, numberSources } from '../../../shared/briefings/citations';
import type { BriefingNode, BriefingState } from '../../../shared/briefings/state';
import { isCitationNode, isQuoteNode, nodeText } from '../../../shared/briefings/state';
import type { BriefingCheck, DocumentId, QuoteInfo, SourceInfo } from '../../../shared/domain';

const SEVERITY_ORDER = { error: 0, warning: 1, hint: 2 } as const;

/** The first words of a text, in quotation marks, short enough for a side panel. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `“${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…”`;
}

interface QuoteBlock {
  quoteUid: string;
  documentId: number;
  text: string;
  blockIndex: number;
}

function quoteBlocks(state: BriefingState): QuoteBlock[] {
  const found: QuoteBlock[] = [];
  const visit = (node: BriefingNode, blockIndex: number): void => {
    if (isQuoteNode(node)) {
      found.push({
        quoteUid: node.quoteUid,
        documentId: node.documentId,
        text: node.text,
        blockIndex,
      });
    }
    for (const child of node.children ?? []) visit(child, blockIndex);
  };
  (state.root.children ?? []).forEach((block, index) => visit(block, index));
  return found;
}

function containsCitation(node: BriefingNode): boolean {
  return isCitationNode(node) || isQuoteNode(node) || (node.children ?? []).some(containsCitation);
}

function uncitedParagraphs(state: BriefingState): BriefingCheck[] {
  const blocks = state.root.children ?? [];
  return blocks.flatMap((block, index): BriefingCheck[] => {
    if (block.type !== 'paragraph') return [];
    const text = nodeText(block).trim();
    if (text === '' || containsCitation(block)) return [];
    // A line that introduces a quote block ("Hespress — …", "The minister said:") is attributed
    // by the block that follows it.
    const next = blocks[index + 1];
    if (next !== undefined && isQuoteNode(next)) return [];
    return [
      {
        kind: 'uncited-paragraph',
        severity: 'hint',
        message: `Paragraph ${index + 1} (${excerpt(text)}) cites no source.`,
        blockIndex: index,
      },
    ];
  });
}

export function briefingChecks(
  state: BriefingState,
  sources: ReadonlyMap<number, SourceInfo>,
  quotes: ReadonlyMap<string, QuoteInfo>,
): BriefingCheck[] {
  const citations = collectCitations(state);
  const numbers = numberSources(citations);
  const blocks = quoteBlocks(state);
  const checks: BriefingCheck[] = [];
  const sourceName = (documentId: number): string => {
    const source = sources.get(documentId);
    const title = source?.exists ? `“${source.title}”` : `document ${documentId}`;
    return `source [${numbers.get(documentId) ?? '?'}] ${title}`;
  };

  for (const [documentId] of numbers) {
    const citing = citations.filter((c) => c.documentId === documentId);
    const first = citing[0]?.blockIndex;
    const source = sources.get(documentId);
    if (!source?.exists) {
      const words = blocks.find((b) => b.documentId === documentId)?.text;
      checks.push({
        kind: 'missing-document',
        severity: 'error',
        message: `Source [${numbers.get(documentId)}] (document ${documentId}) was deleted from the case${words ? `; it held the quote ${excerpt(words)}` : ''}: ${citing.length === 1 ? 'its citation is' : `its ${citing.length} citations are`} broken.`,
        documentId: documentId as DocumentId,
        ...(first !== undefined ? { blockIndex: first } : {}),
      });
    } else if (citing.length === 1) {
      checks.push({
        kind: 'single-citation',
        severity: 'hint',
        message: `${sourceName(documentId)}${source.outlet ? ` (${source.outlet})` : ''} is cited only once.`,
        documentId: documentId as DocumentId,
        ...(first !== undefined ? { blockIndex: first } : {}),
      });
    }
  }

  const seenQuotes = new Set<string>();
  for (const citation of citations) {
    const uid = citation.quoteUid;
    if (uid === null || seenQuotes.has(uid)) continue;
    seenQuotes.add(uid);
    // A deleted document took its quotes with it: that is reported once, above.
    if (!sources.get(citation.documentId)?.exists) continue;
    const quote = quotes.get(uid);
    const snapshot = blocks.find((b) => b.quoteUid === uid)?.text;
    if (!quote?.exists) {
      checks.push({
        kind: 'missing-quote',
        severity: 'error',
        message: `${snapshot ? `The quote ${excerpt(snapshot)}` : 'A cited quote'} from ${sourceName(citation.documentId)} was deleted: its citation is broken.`,
        documentId: citation.documentId as DocumentId,
        quoteUid: uid,
        blockIndex: citation.blockIndex,
      });
    } else if (!quote.matchesSource) {
      checks.push({
        kind: 'quote-mismatch',
        severity: 'warning',
        message: `The quote ${excerpt(quote.text)} no longer matches the words of ${sourceName(citation.documentId)} at its place in the text.`,
        documentId: citation.documentId as DocumentId,
        quoteUid: uid,
        blockIndex: citation.blockIndex,
      });
    }
  }

  for (const block of blocks) {
    const quote = quotes.get(block.quoteUid);
    // A quote that no longer matches its source is reported once, above.
    if (!quote?.exists || !quote.matchesSource || quote.text === block.text) continue;
    checks.push({
      kind: 'quote-mismatch',
      severity: 'warning',
      message: `The quote block ${excerpt(block.text)} shows other words than the stored quote ${excerpt(quote.text)} (the quote was edited after it was inserted).`,
      documentId: block.documentId as DocumentId,
      quoteUid: block.quoteUid,
      blockIndex: block.blockIndex,
    });
  }

  checks.push(...uncitedParagraphs(state));
  return checks
    .map((check, order) => ({ check, order }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.check.severity] - SEVERITY_ORDER[b.check.severity] || a.order - b.order,
    )
    .map(({ check }) => check);
}

// A briefing as plain text for a terminal: headings marked with #, quote blocks with >, citation
// marks as [n] by the same numbering the exports use.
import { collectCitations, numberSources } from '../../../shared/briefings/citations';
import type { BriefingNode, BriefingState } from '../../../shared/briefings/state';
import { isCitationNode, isQuoteNode } from '../../../shared/briefings/state';

function inlineText(node: BriefingNode, numbers: ReadonlyMap<number, number>): string {
  if (isCitationNode(node)) return `[${numbers.get(node.documentId) ?? '?'}]`;
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map((child) => inlineText(child, numbers)).join('');
}

function blockLines(
  node: BriefingNode,
  numbers: ReadonlyMap<number, number>,
  depth: number,
): string[] {
  if (isQuoteNode(node)) {
    return [`> ${node.text.replace(/\n/g, '\n> ')} [${numbers.get(node.documentId) ?? '?'}]`];
  }
  if (node.type === 'heading') {
    const level = Number(String(node.tag ?? 'h2').slice(1)) || 2;
    return [`${'#'.repeat(level)} ${inlineText(node, numbers)}`];
  }
  if (node.type === 'list') {
    return (node.children ?? []).flatMap((item, index) => {
      const marker = node.listType === 'number' ? `${index + 1}.` : '-';
      const nested = (item.children ?? []).filter((child) => child.type === 'list');
      const own = { ...item, children: (item.children ?? []).filter((c) => c.type !== 'list') };
      return [
        `${'  '.repeat(depth)}${marker} ${inlineText(own, numbers)}`,
        ...nested.flatMap((list) => blockLines(list, numbers, depth + 1)),
      ];
    });
  }
  if (node.type === 'quote') return [`> ${inlineText(node, numbers)}`];
  return [inlineText(node, numbers)];
}

export function briefingOutline(state: BriefingState): string {
  const numbers = numberSources(collectCitations(state));
  return (state.root.children ?? []).flatMap((block) => blockLines(block, numbers, 0)).join('\n');
}

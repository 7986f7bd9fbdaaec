// The briefing as Markdown (CommonMark with footnotes): a header block, the body with citations
// as footnote references [^n], and the source list as the footnote definitions at the end. Text is
// escaped so a source's "*", "<script>" or "# " prints as itself; Arabic is kept as it is.
import type { BriefingSource, BriefingView } from '../../../shared/domain';
import {
  CITATION_NODE_TYPE,
  QUOTE_NODE_TYPE,
  nodeText,
  type BriefingNode,
} from '../../../shared/briefings/state';
import { visibleBidiControls } from './htmlText';
import {
  formatExportDate,
  labelsFor,
  langAttribute,
  languageName,
  type ExportLabels,
} from './labels';

const MAX_DEPTH = 200;

interface MarkdownContext {
  view: BriefingView;
  labels: ExportLabels;
  sources: Map<number, BriefingSource>;
}

/** Backslash-escapes every character that could start Markdown or HTML inside a line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&#!]/g, (char) => `\\${char}`);
}

/** What would make a line a list item, a heading underline or a quote when it starts it. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+=>])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Imported words: escaped, bidi controls shown as ⟨RLO⟩ marks rather than obeyed. */
function importedText(text: string): string {
  return escapeMarkdown(visibleBidiControls(text));
}

function stringField(node: BriefingNode, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' ? value : null;
}

function numberField(node: BriefingNode, key: string): number | null {
  const value = node[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Emphasis markers must touch the words: surrounding spaces go outside them. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (!match || match[2] === '') return text;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function textNode(node: BriefingNode): string {
  const words = stringField(node, 'text') ?? '';
  const format = numberField(node, 'format') ?? 0;
  if (format & 16) return codeSpan(words);
  let markdown = escapeMarkdown(words);
  if (format & 4) markdown = wrap(markdown, '~~');
  if (format & 2) markdown = wrap(markdown, '*');
  if (format & 1) markdown = wrap(markdown, '**');
  return markdown;
}

function citationMark(
  documentId: number,
  quoteUid: string | null,
  context: MarkdownContext,
): string {
  const source = context.sources.get(documentId);
  if (!source || !source.exists)
    return `\\[?\\] *(${escapeMarkdown(context.labels.brokenCitation)})*`;
  const quote = quoteUid === null ? undefined : context.view.quotes[quoteUid];
  const note =
    quoteUid !== null && quote?.exists !== true
      ? ` *(${escapeMarkdown(context.labels.quoteGone)})*`
      : '';
  return `[^${source.number}]${note}`;
}

function inline(node: BriefingNode, context: MarkdownContext, depth: number): string {
  if (depth > MAX_DEPTH) return escapeMarkdown(nodeText(node));
  switch (node.type) {
    case 'text':
      return textNode(node);
    case 'linebreak':
      return '\\\n';
    case 'tab':
      return '\t';
    case 'link':
    case 'autolink': {
      const words = inlineChildren(node, context, depth);
      const url = stringField(node, 'url') ?? '';
      // Only a jump inside the briefing stays a link; an address is never made clickable.
      if (url.length > 1 && url.startsWith('#')) {
        return `[${words}](#${encodeURI(url.slice(1)).replace(/[()]/g, (c) => encodeURIComponent(c))})`;
      }
      return words;
    }
    case CITATION_NODE_TYPE:
      return citationMark(
        numberField(node, 'documentId') ?? 0,
        stringField(node, 'quoteUid'),
        context,
      );
    case QUOTE_NODE_TYPE:
      return `“${importedText(quoteWords(node, context).text.replace(/\s+/g, ' '))}” ${citationMark(numberField(node, 'documentId') ?? 0, null, context)}`;
    default:
      if (node.children) return inlineChildren(node, context, depth);
      return escapeMarkdown(stringField(node, 'text') ?? '');
  }
}

function inlineChildren(node: BriefingNode, context: MarkdownContext, depth: number): string {
  return (node.children ?? []).map((child) => inline(child, context, depth + 1)).join('');
}

function quoteWords(
  node: BriefingNode,
  context: MarkdownContext,
): { text: string; alive: boolean } {
  const quote = context.view.quotes[stringField(node, 'quoteUid') ?? ''];
  if (quote?.exists === true) return { text: quote.text, alive: true };
  return { text: stringField(node, 'text') ?? '', alive: false };
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? prefix.trimEnd() : `${prefix}${line}`))
    .join('\n');
}

function quoteBlock(node: BriefingNode, context: MarkdownContext): string {
  const { text, alive } = quoteWords(node, context);
  const paragraphs = text
    .split(/\n+/)
    .filter((part) => part.trim() !== '')
    .map((part) => escapeLineStart(importedText(part)));
  const mark = citationMark(numberField(node, 'documentId') ?? 0, null, context);
  const lines = [
    ...(alive ? [] : [`*${escapeMarkdown(context.labels.deletedQuote)}*`]),
    ...paragraphs.slice(0, -1),
    `${paragraphs.at(-1) ?? ''} ${mark}`.trim(),
  ];
  return prefixLines(lines.join('\n\n'), '> ');
}

function listBlock(node: BriefingNode, context: MarkdownContext, depth: number): string {
  const numbered =
    (stringField(node, 'listType') ?? stringField(node, 'tag')) === 'number' ||
    stringField(node, 'tag') === 'ol';
  let counter = Math.trunc(numberField(node, 'start') ?? 1);
  const items: string[] = [];
  for (const item of node.children ?? []) {
    const children = item.children ?? [];
    const nested = children.filter((child) => child.type === 'list');
    const words = children
      .filter((child) => child.type !== 'list')
      .map((child) => inline(child, context, depth + 2))
      .join('');
    const marker = numbered ? `${counter}. ` : '- ';
    const indent = ' '.repeat(marker.length);
    const nestedText = nested.map((list) =>
      prefixLines(listBlock(list, context, depth + 2), indent),
    );
    if (words !== '' || nested.length === 0) {
      items.push([`${marker}${escapeLineStart(words)}`, ...nestedText].join('\n'));
      counter++;
    } else if (items.length > 0) {
      // An item holding only a sub-list belongs to the item before it.
      items[items.length - 1] += `\n${nestedText.join('\n')}`;
    } else {
      items.push(`${marker}\n${nestedText.join('\n')}`);
    }
  }
  return items.join('\n');
}

function block(node: BriefingNode, context: MarkdownContext, depth: number): string {
  if (depth > MAX_DEPTH) return escapeMarkdown(nodeText(node));
  switch (node.type) {
    case 'paragraph':
      return escapeLineStart(inlineChildren(node, context, depth));
    case 'heading': {
      const level = Number((stringField(node, 'tag') ?? 'h2').slice(1)) || 2;
      return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${inlineChildren(node, context, depth)}`;
    }
    case 'quote':
      return prefixLines(escapeLineStart(inlineChildren(node, context, depth)), '> ');
    case 'list':
      return listBlock(node, context, depth);
    case 'horizontalrule':
      return '---';
    case QUOTE_NODE_TYPE:
      return quoteBlock(node, context);
    default:
      if (node.children?.some((child) => child.type === 'paragraph' || child.type === 'list')) {
        return (node.children ?? []).map((child) => block(child, context, depth + 1)).join('\n\n');
      }
      return escapeLineStart(inline(node, context, depth));
  }
}

function sourceDefinition(source: BriefingSource, labels: ExportLabels, language: string): string {
  if (!source.exists) return `[^${source.number}]: *${escapeMarkdown(labels.deletedSource)}*`;
  const parts: string[] = [];
  if (source.outlet) parts.push(importedText(source.outlet));
  if (source.title) parts.push(importedText(source.title));
  parts.push(
    source.publishedAt ? escapeMarkdown(source.publishedAt) : escapeMarkdown(labels.noDate),
  );
  if (langAttribute(source.language)) {
    parts.push(escapeMarkdown(languageName(source.language, language)));
  }
  if (source.fileName)
    parts.push(`${escapeMarkdown(labels.file)}${labels.colon}${importedText(source.fileName)}`);
  if (source.fingerprint)
    parts.push(
      `${escapeMarkdown(labels.fingerprint)}${labels.colon}${codeSpan(source.fingerprint)}`,
    );
  return `[^${source.number}]: ${parts.join(language === 'ar' ? '، ' : ', ')}`;
}

/** The briefing as a Markdown document with footnote citations. */
export function renderBriefingMarkdown(view: BriefingView): string {
  const { briefing } = view;
  const labels = labelsFor(briefing.language);
  const context: MarkdownContext = {
    view,
    labels,
    sources: new Map(view.sources.map((source) => [source.documentId as number, source])),
  };
  const meta = [
    `${labels.date}${labels.colon}${formatExportDate(view.exportedAt, briefing.language)}`,
  ];
  if (briefing.author.trim() !== '') meta.push(`${labels.author}${labels.colon}${briefing.author}`);
  const head = [
    ...(briefing.handling.trim() !== '' ? [`**${escapeMarkdown(briefing.handling.trim())}**`] : []),
    `# ${escapeMarkdown(briefing.title)}`,
    escapeLineStart(escapeMarkdown(meta.join(' · '))),
  ];
  const body = (briefing.content.root.children ?? [])
    .map((node) => block(node, context, 1))
    .filter((text) => text.trim() !== '');
  const sources = [...view.sources].sort((a, b) => a.number - b.number);
  const tail =
    sources.length === 0
      ? []
      : [
          `## ${labels.sources}`,
          sources.map((s) => sourceDefinition(s, labels, briefing.language)).join('\n'),
        ];
  return `${[...head, ...body, ...tail].join('\n\n')}\n`;
}

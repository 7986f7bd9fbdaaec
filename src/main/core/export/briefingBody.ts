// The briefing's body as HTML, walked from the saved Lexical JSON without Lexical: core has no
// DOM, and a walker over a closed list of node types cannot emit markup the analyst or a source
// did not mean. Every string is escaped; unknown node types print their text; only internal
// ('#…') links stay links; quotes keep their own script and direction, isolated from the page.
import type { BriefingSource, BriefingView } from '../../../shared/domain';
import {
  CITATION_NODE_TYPE,
  QUOTE_NODE_TYPE,
  headingAnchor,
  nodeText,
  type BriefingNode,
} from '../../../shared/briefings/state';
import { escapeHtml, escapeImportedText } from './htmlText';
import { directionOf, langAttribute, type ExportLabels } from './labels';

/** Lexical's text format bits, and the element each one becomes (outermost first). */
const TEXT_FORMATS: ReadonlyArray<readonly [bit: number, open: string, close: string]> = [
  [1, '<strong>', '</strong>'],
  [2, '<em>', '</em>'],
  [4, '<s>', '</s>'],
  [8, '<u>', '</u>'],
  [16, '<code>', '</code>'],
  [32, '<sub>', '</sub>'],
  [64, '<sup>', '</sup>'],
  [128, '<mark>', '</mark>'],
  [256, '<span class="lowercase">', '</span>'],
  [512, '<span class="uppercase">', '</span>'],
  [1024, '<span class="capitalize">', '</span>'],
];

const ALIGNMENTS = new Set(['left', 'center', 'right', 'justify', 'start', 'end']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Deeper than any real briefing; past it a node prints as plain text rather than recursing on. */
const MAX_DEPTH = 200;
const MAX_INDENT = 20;

export interface BodyContext {
  view: BriefingView;
  labels: ExportLabels;
  /** The briefing's language, for notes printed inside foreign-language quotes. */
  language: string;
  sources: Map<number, BriefingSource>;
  /** Heading anchors already given out: a repeated heading gets "-2", "-3", … */
  anchors: Map<string, number>;
}

export function createBodyContext(view: BriefingView, labels: ExportLabels): BodyContext {
  return {
    view,
    labels,
    language: view.briefing.language,
    sources: new Map(view.sources.map((source) => [source.documentId as number, source])),
    anchors: new Map(),
  };
}

function stringField(node: BriefingNode, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' ? value : null;
}

function numberField(node: BriefingNode, key: string): number | null {
  const value = node[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** dir, alignment and indent of an element node, as attributes. */
function blockAttributes(node: BriefingNode): string {
  const direction = stringField(node, 'direction');
  const format = stringField(node, 'format');
  const indent = Math.min(MAX_INDENT, Math.max(0, Math.trunc(numberField(node, 'indent') ?? 0)));
  let attributes = direction === 'rtl' || direction === 'ltr' ? ` dir="${direction}"` : '';
  if (format && ALIGNMENTS.has(format)) attributes += ` class="align-${format}"`;
  if (indent > 0) attributes += ` style="margin-inline-start:${indent * 2}em"`;
  return attributes;
}

function textNode(node: BriefingNode): string {
  const format = numberField(node, 'format') ?? 0;
  let html = escapeHtml(stringField(node, 'text') ?? '');
  for (const [bit, open, close] of [...TEXT_FORMATS].reverse()) {
    if (format & bit) html = `${open}${html}${close}`;
  }
  return html;
}

function uniqueAnchor(text: string, context: BodyContext): string {
  const anchor = headingAnchor(text);
  const seen = context.anchors.get(anchor) ?? 0;
  context.anchors.set(anchor, seen + 1);
  return seen === 0 ? anchor : `${anchor}-${seen + 1}`;
}

/** The briefing's language and direction, for notes set inside a quote in another language. */
function ownLanguage(context: BodyContext): string {
  const lang = langAttribute(context.language);
  return ` dir="${directionOf(context.language)}"${lang ? ` lang="${lang}"` : ''}`;
}

function note(text: string, context: BodyContext): string {
  return `<span class="broken-note"${ownLanguage(context)}>(${escapeHtml(text)})</span>`;
}

/**
 * A citation mark: "[n]" linking to the source list, kept left-to-right so its brackets never
 * mirror inside right-to-left text; "[?]" with a note when the source is gone.
 */
export function citationMark(
  documentId: number,
  quoteUid: string | null,
  context: BodyContext,
): string {
  const source = context.sources.get(documentId);
  if (!source || !source.exists) {
    return `<span class="cite broken"><bdi dir="ltr">[?]</bdi></span> ${note(context.labels.brokenCitation, context)}`;
  }
  const mark = `<a class="cite" href="#source-${source.number}"><bdi dir="ltr">[${source.number}]</bdi></a>`;
  const quote = quoteUid === null ? undefined : context.view.quotes[quoteUid];
  if (quoteUid !== null && quote?.exists !== true) {
    return `${mark} ${note(context.labels.quoteGone, context)}`;
  }
  return mark;
}

/** Direction of quoted words: their language's, or found from the text when the language is unknown. */
function quoteDirection(language: string): 'rtl' | 'ltr' | 'auto' {
  return langAttribute(language) ? directionOf(language) : 'auto';
}

/**
 * A quote block: the source's words in their own direction, each paragraph isolated (<bdi>) so
 * nothing in them can move the citation mark, which follows the last words in the quote's
 * paragraph direction (left of an Arabic quote's end, right of a French one's).
 */
function quoteBlock(node: BriefingNode, context: BodyContext, inline: boolean): string {
  const quoteUid = stringField(node, 'quoteUid') ?? '';
  const documentId = numberField(node, 'documentId') ?? 0;
  const quote = context.view.quotes[quoteUid];
  const alive = quote?.exists === true;
  const text = alive ? quote.text : (stringField(node, 'text') ?? '');
  const language = alive ? quote.language : (stringField(node, 'language') ?? 'und');
  const dir = quoteDirection(language);
  const lang = langAttribute(language);
  const langAttr = lang ? ` lang="${lang}"` : '';
  // A lost quote already says so above its words; the mark only speaks for the source.
  const mark = citationMark(documentId, null, context);
  const paragraphs = text.split(/\n+/).filter((part) => part.trim() !== '');
  if (paragraphs.length === 0) paragraphs.push('');
  const isolated = (words: string): string =>
    `<bdi class="quote-text" dir="${dir}"${langAttr}>${escapeImportedText(words)}</bdi>`;

  if (inline) {
    return `<span class="source-quote-inline${alive ? '' : ' broken'}">“${isolated(paragraphs.join(' '))}” ${mark}</span>`;
  }
  const notes = [
    ...(alive ? [] : [context.labels.deletedQuote]),
    ...(alive && !quote.matchesSource ? [context.labels.changedQuote] : []),
  ].map(
    (text) => `<p class="quote-note broken-note"${ownLanguage(context)}>${escapeHtml(text)}</p>`,
  );
  const body = paragraphs
    .map((words, index) =>
      index === paragraphs.length - 1
        ? `<p>${isolated(words)} ${mark}</p>`
        : `<p>${isolated(words)}</p>`,
    )
    .join('');
  return `<blockquote class="source-quote${alive ? '' : ' broken'}" dir="${dir}"${langAttr}>${notes.join('')}${body}</blockquote>`;
}

function renderChildren(
  node: BriefingNode,
  context: BodyContext,
  depth: number,
  inline: boolean,
): string {
  return (node.children ?? [])
    .map((child) => renderNode(child, context, depth + 1, inline))
    .join('');
}

function listItem(
  node: BriefingNode,
  context: BodyContext,
  depth: number,
  numbered: boolean,
  checklist: boolean,
): string {
  const children = node.children ?? [];
  // Lexical nests a list by giving it an item of its own, which must not show a bullet.
  const nestedOnly = children.length > 0 && children.every((child) => child.type === 'list');
  const value = numberField(node, 'value');
  const valueAttr =
    numbered && !nestedOnly && value !== null && value > 0 ? ` value="${Math.trunc(value)}"` : '';
  const box = checklist && !nestedOnly ? (node.checked === true ? '☑ ' : '☐ ') : '';
  const content = children
    .map((child) => renderNode(child, context, depth + 1, child.type !== 'list'))
    .join('');
  return `<li${nestedOnly ? ' class="nested"' : ''}${valueAttr}${blockAttributes(node)}>${box}${content}</li>`;
}

function list(node: BriefingNode, context: BodyContext, depth: number): string {
  const listType =
    stringField(node, 'listType') ?? (stringField(node, 'tag') === 'ol' ? 'number' : 'bullet');
  const numbered = listType === 'number';
  const checklist = listType === 'check';
  const tag = numbered ? 'ol' : 'ul';
  const start = numberField(node, 'start');
  const startAttr =
    numbered && start !== null && start !== 1 ? ` start="${Math.trunc(start)}"` : '';
  const items = (node.children ?? [])
    .map((child) =>
      child.type === 'listitem'
        ? listItem(child, context, depth + 1, numbered, checklist)
        : `<li>${renderNode(child, context, depth + 1, true)}</li>`,
    )
    .join('');
  return `<${tag}${checklist ? ' class="checklist"' : ''}${startAttr}${blockAttributes(node)}>${items}</${tag}>`;
}

function link(node: BriefingNode, context: BodyContext, depth: number): string {
  const url = stringField(node, 'url') ?? '';
  const children = renderChildren(node, context, depth, true);
  // Only a jump to a part of this briefing is a link; anything else is printed as its words.
  if (url.length > 1 && url.startsWith('#')) {
    return `<a class="internal" href="#${escapeHtml(url.slice(1))}">${children}</a>`;
  }
  return `<span class="link">${children}</span>`;
}

/** One node as HTML. `inline` says whether its parent holds text (paragraph) or blocks (root). */
export function renderNode(
  node: BriefingNode,
  context: BodyContext,
  depth: number,
  inline: boolean,
): string {
  if (depth > MAX_DEPTH) return escapeHtml(nodeText(node));
  switch (node.type) {
    case 'root':
      return renderChildren(node, context, depth, false);
    case 'paragraph': {
      const content = renderChildren(node, context, depth, true);
      return `<p${blockAttributes(node)}>${content === '' ? '<br>' : content}</p>`;
    }
    case 'heading': {
      const requested = stringField(node, 'tag') ?? '';
      const tag = HEADING_TAGS.has(requested) ? requested : 'h2';
      const id = uniqueAnchor(nodeText(node), context);
      return `<${tag} id="${escapeHtml(id)}"${blockAttributes(node)}>${renderChildren(node, context, depth, true)}</${tag}>`;
    }
    case 'quote':
      return `<blockquote class="block-quote"${blockAttributes(node)}>${renderChildren(node, context, depth, true)}</blockquote>`;
    case 'list':
      return list(node, context, depth);
    case 'listitem':
      return listItem(node, context, depth, false, false);
    case 'text':
      return textNode(node);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return '<span class="tab">\t</span>';
    case 'horizontalrule':
      return '<hr>';
    case 'link':
    case 'autolink':
      return link(node, context, depth);
    case QUOTE_NODE_TYPE:
      return quoteBlock(node, context, inline);
    case CITATION_NODE_TYPE: {
      const quoteUid = stringField(node, 'quoteUid');
      const mark = citationMark(numberField(node, 'documentId') ?? 0, quoteUid, context);
      return inline ? mark : `<p>${mark}</p>`;
    }
    default: {
      // A node type this exporter does not know: its words, never its markup.
      if (node.children) {
        const content = renderChildren(node, context, depth, inline);
        return inline ? `<span>${content}</span>` : `<div>${content}</div>`;
      }
      const text = stringField(node, 'text');
      return text === null ? '' : escapeHtml(text);
    }
  }
}

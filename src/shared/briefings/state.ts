// A briefing's content is a Lexical editor state serialised as JSON. Core reads it without
// Lexical (numbering, checks, export), so its shape is declared here: the standard nodes loosely,
// our two custom nodes strictly. Corpus data stays outside: a citation holds ids; a quote block
// holds its quote's uid plus the words as they were when inserted (shown if the quote is lost).
import { z } from 'zod';

export const QUOTE_NODE_TYPE = 'parallax-quote';
export const CITATION_NODE_TYPE = 'parallax-citation';

/** Any serialised node: element nodes have children, text nodes have text, ours have ids. */
export interface BriefingNode {
  type: string;
  version: number;
  children?: BriefingNode[];
  [key: string]: unknown;
}

export interface BriefingState {
  root: BriefingNode;
}

/** A block quote of source words, in their own script and direction, with its citation. */
export interface SerializedQuoteNode extends BriefingNode {
  type: typeof QUOTE_NODE_TYPE;
  version: 1;
  quoteUid: string;
  documentId: number;
  /** The quote's exact words when it was inserted. */
  text: string;
  /** The source's language ('ar' renders right-to-left). */
  language: string;
}

/** An inline citation mark: a source, and where there is one, a quote in it. */
export interface SerializedCitationNode extends BriefingNode {
  type: typeof CITATION_NODE_TYPE;
  version: 1;
  documentId: number;
  quoteUid: string | null;
}

const uid = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a valid uid');
const documentId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const languageCode = z.string().regex(/^([a-z]{2,3}|und)$/, 'expected a language code');

const quoteNodeSchema = z.looseObject({
  type: z.literal(QUOTE_NODE_TYPE),
  version: z.literal(1),
  quoteUid: uid,
  documentId,
  text: z.string().max(1_000_000),
  language: languageCode,
});

const citationNodeSchema = z.looseObject({
  type: z.literal(CITATION_NODE_TYPE),
  version: z.literal(1),
  documentId,
  quoteUid: uid.nullable(),
});

const customTypes: readonly string[] = [QUOTE_NODE_TYPE, CITATION_NODE_TYPE];

export const briefingNodeSchema: z.ZodType<BriefingNode> = z.lazy(() =>
  z.union([
    quoteNodeSchema,
    citationNodeSchema,
    z
      .looseObject({
        type: z.string().min(1).max(100),
        version: z.number().int().nonnegative(),
        children: z.array(briefingNodeSchema).max(100_000).optional(),
      })
      .refine((node) => !customTypes.includes(node.type), {
        message: 'a quote or citation node is missing its source',
      }),
  ]),
);

export const briefingStateSchema = z
  .looseObject({
    root: z.looseObject({
      type: z.literal('root'),
      version: z.number().int().nonnegative(),
      children: z.array(briefingNodeSchema).max(100_000),
    }),
  })
  .transform((state): BriefingState => state);

export function isQuoteNode(node: BriefingNode): node is SerializedQuoteNode {
  return node.type === QUOTE_NODE_TYPE;
}

export function isCitationNode(node: BriefingNode): node is SerializedCitationNode {
  return node.type === CITATION_NODE_TYPE;
}

/** What a new briefing holds: one empty paragraph, as Lexical itself would write it. */
export function emptyBriefingState(): BriefingState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  };
}

/** The plain text of a node and its descendants (line breaks as \n), as a reader would see it. */
export function nodeText(node: BriefingNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(nodeText).join('');
}

/**
 * The anchor a heading gets in exports, and what an internal link ("#…") points at. Keeps letters
 * of every script (an Arabic heading gets an Arabic anchor), folds spaces to hyphens.
 */
export function headingAnchor(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

// THE list of calls across the process boundary. IPC handlers, the preload bridge, the HTTP routes
// and the renderer client are all derived from it, so a call added here and not implemented is a
// compile error everywhere.
import { z } from 'zod';
import type {
  Alignment,
  Briefing,
  BriefingCheck,
  BriefingRevision,
  BriefingRevisionSummary,
  BriefingSummary,
  ExportedFile,
  QuoteInfo,
  SourceInfo,
  DeletedQuote,
  DocumentDetail,
  Quote,
  QuoteMatrix,
  QuoteTotals,
  QuoteRow,
  Tag,
  DocumentSummary,
  ImportProgress,
  ImportReport,
  SearchResults,
} from './domain';
import {
  ALIGNMENT_MODES,
  BRIEFING_EXPORT_FORMATS,
  DOCUMENT_SORT_KEYS,
  MAX_IMPORT_BYTES,
  QUOTE_GROUPINGS,
} from './domain';
import { briefingStateSchema } from './briefings/state';
import type { AppCommandId } from './commands';
import type { SerialisedError } from './errors';

/**
 * Pairs an input schema with the output type. Curried so the schema's type is inferred while the
 * output type is given: `method<Out>()(schema)`. Outputs are not validated: main is trusted.
 */
function method<Output>() {
  return <Input extends z.ZodType>(input: Input): { input: Input; output: Output } => ({
    input,
    output: undefined as Output,
  });
}

function event<Payload>(): { payload: Payload } {
  return { payload: undefined as Payload };
}

const documentId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A real calendar day as YYYY-MM-DD (2025-02-30 is refused, not rolled over). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (value) => {
      const day = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
    },
    { message: 'not a calendar date' },
  );
const languageCode = z
  .string()
  .regex(/^([a-z]{2,3}|und)$/, 'expected a language code such as ar, fr or en');
const shortText = z.string().max(2_000);

export const documentFilterSchema = z
  .object({
    language: languageCode.optional(),
    outlet: shortText.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

const documentSortSchema = z
  .object({ key: z.enum(DOCUMENT_SORT_KEYS), descending: z.boolean() })
  .strict();

/** The most rows one listDocumentPage call returns; the library asks for windows of 200. */
export const MAX_DOCUMENT_PAGE = 500;

export const importFileSchema = z
  .object({
    /** Name, or path relative to a dropped folder, as the user would recognise it. */
    name: z.string().min(1).max(4_096),
    /** Size the file reported; files over the limit are sent without their bytes. */
    size: z.number().int().nonnegative(),
    bytes: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, {
        message: 'file bytes over the import limit must not be sent',
      })
      .optional(),
    /** Set when the renderer could not read the file; the importer reports it as unreadable. */
    readError: z.string().max(2_000).optional(),
  })
  .strict();

export interface CaseInfo {
  /** Absolute path of the case file. */
  path: string;
  name: string;
  documentCount: number;
  /** True in the desktop app, where the native menu owns File shortcuts and case switching. */
  nativeMenu: boolean;
  /** Opened from read-only storage: reading, searching and exporting only. */
  readOnly: boolean;
  /** What the user should know about where the case lives (read-only, network share), or null. */
  storageWarning: string | null;
}

export interface LibraryFacets {
  languages: { code: string; count: number }[];
  outlets: { name: string; count: number }[];
}

const metadataChangesSchema = z
  .object({
    title: z.string().trim().min(1, 'a title cannot be empty').max(2_000).optional(),
    outlet: shortText.nullable().optional(),
    publishedAt: isoDate.nullable().optional(),
    language: languageCode.optional(),
  })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { message: 'no change given' });

const segmentId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** Two different documents, in the order their columns are shown (A then B). */
const documentPair = z
  .tuple([documentId, documentId])
  .refine(([a, b]) => a !== b, { message: 'a document cannot be aligned with itself' });
/** A run of sentences on one side of a link; 50 is far more than any real bead. */
const sentenceRun = z.array(segmentId).max(50);

export const alignmentCorrectionsSchema = z
  .object({
    links: z
      .array(z.object({ a: sentenceRun, b: sentenceRun }).strict())
      .max(20_000)
      .refine((links) => links.every((l) => l.a.length + l.b.length > 0), {
        message: 'a link needs a sentence on at least one side',
      }),
    rejected: z.array(z.object({ a: segmentId, b: segmentId }).strict()).max(20_000),
  })
  .strict();

const tagId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const quoteId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const offset = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** A tag name as typed: Arabic, French or English; no line breaks, no path separators needed. */
const tagName = z
  .string()
  .trim()
  .min(1, 'a tag needs a name')
  .max(200, 'a tag name has at most 200 characters')
  .refine((name) => !/[\n\r\t]/.test(name), { message: 'a tag name is one line' });
const tagColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour as #rrggbb');
const quoteNote = z.string().max(20_000, 'a note has at most 20,000 characters');
const uid = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a valid uid');

export const quoteFilterSchema = z
  .object({
    tagId: tagId.optional(),
    includeSubtags: z.boolean().optional(),
    untagged: z.boolean().optional(),
    documentId: documentId.optional(),
    /** null: documents with no outlet. */
    outlet: shortText.nullable().optional(),
    language: languageCode.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    text: z.string().max(1_000).optional(),
  })
  .strict();

const deletedQuoteSchema = z
  .object({
    uid,
    documentId,
    start: offset,
    end: offset,
    text: z.string().max(1_000_000),
    prefix: z.string().max(1_000),
    suffix: z.string().max(1_000),
    note: quoteNote,
    tagIds: z.array(tagId).max(200),
    translationOfUid: uid.nullable(),
    createdAt: z.string().max(40),
    updatedAt: z.string().max(40),
  })
  .strict();

const briefingId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const revisionId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const briefingTitle = z
  .string()
  .trim()
  .min(1, 'a briefing needs a title')
  .max(500, 'a title has at most 500 characters');
const briefingFields = {
  title: briefingTitle.optional(),
  author: z.string().trim().max(500, 'an author has at most 500 characters').optional(),
  handling: z.string().trim().max(500, 'a handling line has at most 500 characters').optional(),
  language: languageCode.optional(),
};

export const contract = {
  getCaseInfo: method<CaseInfo>()(z.object({}).strict()),
  getLibraryFacets: method<LibraryFacets>()(z.object({}).strict()),
  /**
   * One window of the library and the matching total. There is no call for the whole list: at
   * 100,000 documents, copying it across would hold the main process for a second.
   */
  listDocumentPage: method<{ rows: DocumentSummary[]; total: number }>()(
    z
      .object({
        filter: documentFilterSchema.optional(),
        sort: documentSortSchema.optional(),
        /** Words each found in the title, outlet or file name, ignoring case, accents and harakat. */
        text: z.string().max(1_000).optional(),
        offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
        limit: z.number().int().min(1).max(MAX_DOCUMENT_PAGE),
      })
      .strict(),
  ),
  getDocument: method<DocumentDetail>()(z.object({ id: documentId }).strict()),
  updateDocumentMetadata: method<DocumentSummary>()(
    z.object({ id: documentId, changes: metadataChangesSchema }).strict(),
  ),
  /** Refused with 'needs-confirmation' when a briefing cites them, unless confirmCited. */
  deleteDocuments: method<{ deleted: number }>()(
    z
      .object({
        ids: z.array(documentId).min(1).max(100_000),
        confirmCited: z.boolean().optional(),
      })
      .strict(),
  ),
  importFiles: method<ImportReport>()(
    z
      .object({
        jobId: z.string().min(1).max(100),
        files: z.array(importFileSchema).min(1).max(100_000),
      })
      .strict(),
  ),
  cancelImport: method<{ cancelled: boolean }>()(
    z.object({ jobId: z.string().min(1).max(100) }).strict(),
  ),
  search: method<SearchResults>()(
    z
      .object({
        query: z.string().max(1_000),
        limit: z.number().int().min(1).max(500).optional(),
        includeBoilerplate: z.boolean().optional(),
      })
      .strict(),
  ),
  getAlignment: method<Alignment>()(
    z
      .object({
        documentIds: documentPair,
        /** Recompute even when the stored alignment is current. */
        recompute: z.boolean().optional(),
        /** 'auto' lets the engine decide; a mode forces it; absent keeps the pair's mode. */
        mode: z.enum([...ALIGNMENT_MODES, 'auto']).optional(),
      })
      .strict(),
  ),
  setAlignmentCorrections: method<Alignment>()(
    z.object({ documentIds: documentPair, corrections: alignmentCorrectionsSchema }).strict(),
  ),
  listTags: method<Tag[]>()(z.object({}).strict()),
  createTag: method<Tag>()(
    z
      .object({ name: tagName, parentId: tagId.nullable().optional(), color: tagColor.optional() })
      .strict(),
  ),
  /** Rename, recolour, or move under another parent (null: to the top). */
  updateTag: method<Tag>()(
    z
      .object({
        id: tagId,
        name: tagName.optional(),
        parentId: tagId.nullable().optional(),
        color: tagColor.optional(),
      })
      .strict(),
  ),
  /** Files every quote of `from` under `into` too, then removes `from` (its children move). */
  mergeTags: method<{ into: Tag; moved: number }>()(
    z
      .object({ from: tagId, into: tagId })
      .strict()
      .refine((v) => v.from !== v.into, { message: 'a tag cannot be merged into itself' }),
  ),
  /** Removes a tag; its children move up; quotes keep their other tags (or stay, untagged). */
  deleteTag: method<{ untagged: number }>()(z.object({ id: tagId }).strict()),
  createQuote: method<Quote>()(
    z
      .object({
        documentId,
        start: offset,
        end: offset,
        tagIds: z.array(tagId).max(200).optional(),
        /** Tags to create (at the top of the tree) and file the quote under. */
        newTags: z.array(tagName).max(50).optional(),
        note: quoteNote.optional(),
      })
      .strict(),
  ),
  updateQuote: method<Quote>()(
    z
      .object({
        id: quoteId,
        start: offset.optional(),
        end: offset.optional(),
        tagIds: z.array(tagId).max(200).optional(),
        newTags: z.array(tagName).max(50).optional(),
        note: quoteNote.optional(),
      })
      .strict(),
  ),
  /**
   * Returns what was deleted, for undo (restoreQuotes). Refused with 'needs-confirmation' when a
   * briefing cites one of them, unless confirmCited: the briefing then shows a broken citation.
   */
  deleteQuotes: method<{ deleted: DeletedQuote[] }>()(
    z
      .object({ ids: z.array(quoteId).min(1).max(100_000), confirmCited: z.boolean().optional() })
      .strict(),
  ),
  restoreQuotes: method<Quote[]>()(
    z.object({ quotes: z.array(deletedQuoteSchema).min(1).max(100_000) }).strict(),
  ),
  getDocumentQuotes: method<Quote[]>()(z.object({ documentId }).strict()),
  /** What deleting these documents would take: their quotes, and briefings citing them. */
  countDocumentQuotes: method<{
    quotes: number;
    citedBy: { title: string; citations: number }[];
  }>()(z.object({ documentIds: z.array(documentId).min(1).max(100_000) }).strict()),
  listQuotes: method<{ rows: QuoteRow[]; total: number }>()(
    z
      .object({
        filter: quoteFilterSchema.optional(),
        groupBy: z.enum(QUOTE_GROUPINGS).optional(),
        limit: z.number().int().min(1).max(5_000).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
  ),
  /** All quotes, untagged ones, and each parent tag's whole subtree, in one pass. */
  getQuoteTotals: method<QuoteTotals>()(z.object({}).strict()),
  getQuoteMatrix: method<QuoteMatrix>()(
    z.object({ by: z.enum(['outlet', 'language']), filter: quoteFilterSchema.optional() }).strict(),
  ),
  /** The filtered quotes as a file: CSV (UTF-8 with BOM) or JSON, with source metadata. */
  exportQuotes: method<{ fileName: string; mimeType: string; content: string }>()(
    z.object({ format: z.enum(['csv', 'json']), filter: quoteFilterSchema.optional() }).strict(),
  ),
  /**
   * From a quote in one reader column: quotes over its aligned sentences in the other documents,
   * under the same tags, linked to it as translations.
   */
  tagCounterparts: method<Quote[]>()(
    z.object({ quoteId, documentIds: z.array(documentId).min(1).max(3) }).strict(),
  ),
  listBriefings: method<BriefingSummary[]>()(z.object({}).strict()),
  createBriefing: method<Briefing>()(
    z.object({ ...briefingFields, title: briefingTitle }).strict(),
  ),
  getBriefing: method<Briefing>()(z.object({ id: briefingId }).strict()),
  /** Title, author, handling line or language; each change is also kept as a revision. */
  updateBriefing: method<BriefingSummary>()(
    z
      .object({ id: briefingId, ...briefingFields })
      .strict()
      .refine((v) => Object.keys(v).length > 1, { message: 'no change given' }),
  ),
  /**
   * Saves the editor state. Autosaves close together share one revision; a checkpoint (an explicit
   * save, a restore) always starts a new one.
   */
  saveBriefingContent: method<BriefingSummary>()(
    z
      .object({ id: briefingId, content: briefingStateSchema, checkpoint: z.boolean().optional() })
      .strict(),
  ),
  duplicateBriefing: method<Briefing>()(
    z.object({ id: briefingId, title: briefingTitle.optional() }).strict(),
  ),
  /** Moves a briefing out of the list; restoreBriefing brings it back (undo). */
  deleteBriefing: method<{ id: number }>()(z.object({ id: briefingId }).strict()),
  restoreBriefing: method<BriefingSummary>()(z.object({ id: briefingId }).strict()),
  listBriefingRevisions: method<BriefingRevisionSummary[]>()(z.object({ id: briefingId }).strict()),
  getBriefingRevision: method<BriefingRevision>()(
    z.object({ id: briefingId, revisionId }).strict(),
  ),
  /** A new briefing with one section per tag, its quotes grouped by source, each cited. */
  draftBriefingFromTags: method<Briefing>()(
    z
      .object({
        tagIds: z.array(tagId).min(1, 'choose at least one tag').max(200),
        title: briefingTitle,
        includeSubtags: z.boolean().optional(),
      })
      .strict(),
  ),
  /** What citation marks and quote blocks point at, for the editor's display and source list. */
  describeCitations: method<{ sources: SourceInfo[]; quotes: QuoteInfo[] }>()(
    z
      .object({
        documentIds: z.array(documentId).max(10_000),
        quoteUids: z.array(uid).max(10_000),
      })
      .strict(),
  ),
  /** Checks before export: broken citations, quotes that no longer match, single-use sources… */
  checkBriefing: method<BriefingCheck[]>()(z.object({ id: briefingId }).strict()),
  exportBriefing: method<ExportedFile>()(
    z.object({ id: briefingId, format: z.enum(BRIEFING_EXPORT_FORMATS) }).strict(),
  ),
} as const;

/** Events main pushes to the renderer (progress of long jobs, menu commands). */
export const events = {
  importProgress: event<ImportProgress>(),
  importFinished: event<ImportReport>(),
  caseChanged: event<CaseInfo>(),
  menuCommand: event<{ command: AppCommandId }>(),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends. */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation. */
export type MethodArgs<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = (typeof events)[E]['payload'];

export const methodNames = Object.keys(contract) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export type Handlers = {
  [M in MethodName]: (args: MethodArgs<M>) => Promise<MethodOutput<M>>;
};

export type Unsubscribe = () => void;

/** The object the renderer sees as `window.parallax`, whatever the transport. */
export type ParallaxApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
};

/** A call's outcome as it crosses a process boundary: errors keep their code (thrown errors would not). */
export type CallResult<T> = { ok: true; result: T } | { ok: false; error: SerialisedError };

/**
 * What a transport provides (preload over IPC, or the HTTP client): the contract's methods returning
 * `CallResult`s. The renderer's api layer turns it into a `ParallaxApi` that throws ParallaxError.
 */
export type ParallaxBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<CallResult<MethodOutput<M>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
};

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}

export const IPC_CALL_PREFIX = 'parallax:call:';
export const IPC_EVENT_PREFIX = 'parallax:event:';

// The contract's handlers over a case. Every transport (IPC, HTTP) validates input against the
// contract's schemas and then calls these; adding a contract method without a handler fails to compile.
import type { Handlers } from '../../shared/contract';
import type {
  AlignmentCorrections,
  BriefingId,
  BriefingRevisionId,
  DeletedQuote,
  DocumentId,
  QuoteFilter,
  QuoteId,
  TagId,
} from '../../shared/domain';
import type { ParallaxCase } from './case';
import type { PdfPrinter } from './export/printer';
import { sourcesFromUploads } from './import/sources';

export interface CaseHost {
  /** The open case; hosts that can switch cases return the current one. */
  current(): ParallaxCase;
  /** True in the desktop app, where the native menu owns File commands. */
  nativeMenu: boolean;
  /** Prints briefings to PDF: Electron's printToPDF in the app, a local Chromium elsewhere. */
  printer: PdfPrinter;
}

export function createHandlers(host: CaseHost): Handlers {
  return {
    getCaseInfo: () => host.current().info(host.nativeMenu),
    listDocumentPage: ({ filter, sort, text, offset, limit }) =>
      host.current().listDocumentPage({ ...filter, text }, sort, { offset, limit }),
    getLibraryFacets: () => host.current().libraryFacets(),
    getDocument: ({ id }) => host.current().getDocument(id as DocumentId),
    updateDocumentMetadata: ({ id, changes }) =>
      host.current().updateMetadata(id as DocumentId, changes),
    deleteDocuments: ({ ids, confirmCited }) =>
      host.current().deleteDocuments(ids as DocumentId[], { confirmCited }),
    importFiles: ({ jobId, files }) =>
      host.current().importSources(jobId, sourcesFromUploads(files)),
    cancelImport: async ({ jobId }) => host.current().cancelImport(jobId),
    search: ({ query, limit, includeBoilerplate }) =>
      host.current().search(query, { limit, includeBoilerplate }),
    getAlignment: ({ documentIds, recompute, mode }) =>
      host.current().align(documentIds as [DocumentId, DocumentId], { recompute, mode }),
    setAlignmentCorrections: ({ documentIds, corrections }) =>
      host
        .current()
        .setAlignmentCorrections(
          documentIds as [DocumentId, DocumentId],
          corrections as AlignmentCorrections,
        ),
    listTags: () => host.current().tags.list(),
    createTag: ({ name, parentId, color }) =>
      host.current().tags.create({
        name,
        ...(parentId !== undefined ? { parentId: parentId as TagId | null } : {}),
        ...(color !== undefined ? { color } : {}),
      }),
    updateTag: ({ id, name, parentId, color }) =>
      host.current().tags.update(id as TagId, { name, parentId: parentId as TagId | null, color }),
    mergeTags: ({ from, into }) => host.current().tags.merge(from as TagId, into as TagId),
    deleteTag: ({ id }) => host.current().tags.delete(id as TagId),
    createQuote: ({ documentId, start, end, tagIds, newTags, note }) =>
      host.current().quotes.create({
        documentId: documentId as DocumentId,
        start,
        end,
        tagIds: tagIds as TagId[] | undefined,
        newTags,
        note,
      }),
    updateQuote: ({ id, start, end, tagIds, newTags, note }) =>
      host.current().quotes.update(id as QuoteId, {
        start,
        end,
        tagIds: tagIds as TagId[] | undefined,
        newTags,
        note,
      }),
    deleteQuotes: ({ ids, confirmCited }) =>
      host.current().quotes.delete(ids as QuoteId[], { confirmCited }),
    restoreQuotes: ({ quotes }) => host.current().quotes.restore(quotes as DeletedQuote[]),
    countDocumentQuotes: ({ documentIds }) =>
      host.current().quotes.countOf(documentIds as DocumentId[]),
    getDocumentQuotes: ({ documentId }) =>
      host.current().quotes.ofDocument(documentId as DocumentId),
    listQuotes: ({ filter, groupBy, limit, offset }) =>
      host.current().quotes.list(filter as QuoteFilter | undefined, { groupBy, limit, offset }),
    getQuoteTotals: () => host.current().quotes.totals(),
    getQuoteMatrix: ({ by, filter }) =>
      host.current().quotes.matrix(by, filter as QuoteFilter | undefined),
    exportQuotes: ({ format, filter }) =>
      host.current().exportQuotes(format, filter as QuoteFilter | undefined),
    tagCounterparts: ({ quoteId, documentIds }) =>
      host.current().tagCounterparts(quoteId as QuoteId, documentIds as DocumentId[]),
    listBriefings: () => host.current().briefings.list(),
    createBriefing: ({ title, author, handling, language }) =>
      host.current().briefings.create({ title, author, handling, language }),
    getBriefing: ({ id }) => host.current().briefings.get(id as BriefingId),
    updateBriefing: ({ id, title, author, handling, language }) =>
      host.current().briefings.update(id as BriefingId, { title, author, handling, language }),
    saveBriefingContent: ({ id, content, checkpoint }) =>
      host.current().briefings.saveContent(id as BriefingId, content, { checkpoint }),
    duplicateBriefing: ({ id, title }) =>
      host.current().briefings.duplicate(id as BriefingId, title),
    deleteBriefing: ({ id }) => host.current().briefings.delete(id as BriefingId),
    restoreBriefing: ({ id }) => host.current().briefings.restore(id as BriefingId),
    listBriefingRevisions: ({ id }) => host.current().briefings.listRevisions(id as BriefingId),
    getBriefingRevision: ({ id, revisionId }) =>
      host.current().briefings.getRevision(id as BriefingId, revisionId as BriefingRevisionId),
    draftBriefingFromTags: ({ tagIds, title, includeSubtags }) =>
      host.current().briefings.draftFromTags(tagIds as TagId[], title, { includeSubtags }),
    describeCitations: ({ documentIds, quoteUids }) =>
      host.current().briefings.describeCitations(documentIds, quoteUids),
    checkBriefing: ({ id }) => host.current().briefings.checks(id as BriefingId),
    exportBriefing: ({ id, format }) =>
      host.current().briefings.export(id as BriefingId, format, host.printer),
  };
}

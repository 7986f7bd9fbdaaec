// A case: one SQLite file and the operations the app performs on it. Hosts (Electron, the web
// transport, the CLI) open one, give it somewhere to send events, and call it.
import { mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { CaseInfo, EventSink } from '../../shared/contract';
import type {
  Alignment,
  AlignmentCorrections,
  Quote,
  QuoteFilter,
  QuoteId,
  DocumentDetail,
  DocumentId,
  DocumentSummary,
  ImportReport,
  SearchResults,
} from '../../shared/domain';
import { ParallaxError } from '../../shared/errors';
import {
  alignDocumentPair,
  setDocumentPairCorrections,
  type AlignPairOptions,
} from './align/pairs';
import { openCaseDatabase, type CaseDatabase } from './db/connection';
import {
  countDocuments,
  deleteDocuments,
  getDocumentSummary,
  getDocumentText,
  libraryFacets,
  listDocumentSummaries,
  updateDocumentMetadata,
  type DocumentFilter,
  type DocumentSort,
  type MetadataChanges,
} from './db/queries/documents';
import { quotesByIds } from './db/queries/quotes';
import { listSegments } from './db/queries/segments';
import { importSources } from './import/importer';
import type { ImportSource } from './import/sources';
import { tagCounterparts } from './quotes/counterparts';
import { quotesAsCsv, quotesAsJson } from './quotes/export';
import { QuoteService, refuseIfCited } from './quotes/quotes';
import { briefingsCitingDocuments } from './db/queries/citations';
import { TagService } from './quotes/tags';
import { searchSentences, type SearchOptions } from './search/search';

const ignoreEvents: EventSink = () => undefined;

export class ParallaxCase {
  private readonly importJobs = new Map<string, AbortController>();
  readonly tags: TagService;
  readonly quotes: QuoteService;

  private constructor(
    private readonly db: CaseDatabase,
    private readonly emit: EventSink,
  ) {
    this.tags = new TagService(db);
    this.quotes = new QuoteService(db);
  }

  /** Opens a case file, creating it (and its folder) when missing. */
  static async open(path: string, emit: EventSink = ignoreEvents): Promise<ParallaxCase> {
    await mkdir(dirname(path), { recursive: true });
    return new ParallaxCase(await openCaseDatabase(path), emit);
  }

  get path(): string {
    return this.db.path;
  }

  async info(nativeMenu: boolean): Promise<CaseInfo> {
    return {
      path: this.db.path,
      name: basename(this.db.path).replace(/\.parallax$/i, ''),
      documentCount: await countDocuments(this.db.reader),
      nativeMenu,
    };
  }

  listDocuments(filter?: DocumentFilter, sort?: DocumentSort): Promise<DocumentSummary[]> {
    return listDocumentSummaries(this.db.reader, filter, sort);
  }

  libraryFacets(): ReturnType<typeof libraryFacets> {
    return libraryFacets(this.db.reader);
  }

  private async summaryOrThrow(id: DocumentId): Promise<DocumentSummary> {
    const summary = await getDocumentSummary(this.db.reader, id);
    if (!summary) throw new ParallaxError('not-found', `There is no document ${id} in this case.`);
    return summary;
  }

  async getDocument(id: DocumentId): Promise<DocumentDetail> {
    const summary = await this.summaryOrThrow(id);
    const [text, segments] = await Promise.all([
      getDocumentText(this.db.reader, id),
      listSegments(this.db.reader, id),
    ]);
    return { ...summary, text: text ?? '', segments };
  }

  async updateMetadata(id: DocumentId, changes: MetadataChanges): Promise<DocumentSummary> {
    const found = await this.db.transaction((tx) =>
      updateDocumentMetadata(tx, id, changes, new Date().toISOString()),
    );
    if (!found) throw new ParallaxError('not-found', `There is no document ${id} in this case.`);
    return this.summaryOrThrow(id);
  }

  async deleteDocuments(
    ids: readonly DocumentId[],
    options: { confirmCited?: boolean | undefined } = {},
  ): Promise<{ deleted: number }> {
    const deleted = await this.db.transaction(async (tx) => {
      if (!options.confirmCited) {
        refuseIfCited(
          await briefingsCitingDocuments(tx, ids),
          ids.length === 1 ? 'This document is' : 'These documents are',
        );
      }
      return deleteDocuments(tx, ids);
    });
    if (deleted === 0) {
      throw new ParallaxError('not-found', `None of the documents ${ids.join(', ')} exists.`);
    }
    return { deleted };
  }

  async importSources(jobId: string, sources: readonly ImportSource[]): Promise<ImportReport> {
    if (this.importJobs.has(jobId)) {
      throw new ParallaxError('invalid-input', `An import with id ${jobId} is already running.`);
    }
    const controller = new AbortController();
    this.importJobs.set(jobId, controller);
    try {
      const report = await importSources(this.db, {
        jobId,
        sources,
        signal: controller.signal,
        onProgress: (progress) => this.emit('importProgress', progress),
      });
      this.emit('importFinished', report);
      return report;
    } finally {
      this.importJobs.delete(jobId);
    }
  }

  cancelImport(jobId: string): { cancelled: boolean } {
    const job = this.importJobs.get(jobId);
    job?.abort();
    return { cancelled: job !== undefined };
  }

  search(query: string, options?: SearchOptions): Promise<SearchResults> {
    return searchSentences(this.db.reader, query, options);
  }

  /** The alignment of two documents, computed when missing or out of date. */
  align(ids: readonly [DocumentId, DocumentId], options?: AlignPairOptions): Promise<Alignment> {
    return alignDocumentPair(this.db, ids, options);
  }

  setAlignmentCorrections(
    ids: readonly [DocumentId, DocumentId],
    corrections: AlignmentCorrections,
  ): Promise<Alignment> {
    return setDocumentPairCorrections(this.db, ids, corrections);
  }

  /** Quotes over the aligned sentences of the other documents, under the quote's tags. */
  async tagCounterparts(quoteId: QuoteId, documentIds: readonly DocumentId[]): Promise<Quote[]> {
    return quotesByIds(this.db.reader, await tagCounterparts(this.db, quoteId, documentIds));
  }

  /** The filtered quotes as a CSV or JSON file's name, type and content. */
  async exportQuotes(
    format: 'csv' | 'json',
    filter: QuoteFilter = {},
  ): Promise<{ fileName: string; mimeType: string; content: string }> {
    const [{ rows }, tags] = await Promise.all([
      this.quotes.list(filter, { groupBy: 'tag', limit: Number.MAX_SAFE_INTEGER }),
      this.tags.list(),
    ]);
    const day = new Date().toISOString().slice(0, 10);
    return format === 'csv'
      ? {
          fileName: `quotes-${day}.csv`,
          mimeType: 'text/csv;charset=utf-8',
          content: quotesAsCsv(rows, tags),
        }
      : {
          fileName: `quotes-${day}.json`,
          mimeType: 'application/json',
          content: quotesAsJson(rows, tags),
        };
  }

  /** Cancels running imports, drains pending writes and closes the file. */
  async close(): Promise<void> {
    for (const job of this.importJobs.values()) job.abort();
    await this.db.close();
  }
}

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
import { dailyBackupDue, listBackups, snapshotCase, type BackupEntry } from './backup/backups';
import { BriefingService } from './briefings/briefings';
import { openCaseDatabase, type CaseDatabase } from './db/connection';
import {
  countDocuments,
  deleteDocuments,
  getDocumentSummary,
  getDocumentText,
  libraryFacets,
  listDocumentPage,
  listDocumentSummaries,
  updateDocumentMetadata,
  type DocumentFilter,
  type DocumentPage,
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
import { probeCaseStorage, type CaseStorage } from './storage';

const ignoreEvents: EventSink = () => undefined;
/** How often a long session looks whether the daily snapshot is due. */
const BACKUP_CHECK_MS = 60 * 60 * 1000;
/** The first look waits: opening a case is when the user starts working, not the time to copy it. */
const FIRST_BACKUP_CHECK_MS = 2 * 60 * 1000;
/** What the import progress shows while the case is snapshotted before a batch. */
export const BACKING_UP = 'Backing up the case before importing…';

export class ParallaxCase {
  private readonly importJobs = new Map<string, AbortController>();
  private backupTimer: ReturnType<typeof setTimeout> | null = null;
  /** The change count at the last snapshot this session: an unchanged case needs no new one. */
  private changesAtSnapshot: number | null = null;
  /** The import batch last snapshotted: the renderer sends one drop as chunks `<batch>/<n>`. */
  private batchAtSnapshot: string | null = null;
  readonly tags: TagService;
  readonly quotes: QuoteService;
  readonly briefings: BriefingService;

  private constructor(
    private readonly db: CaseDatabase,
    private readonly emit: EventSink,
    private readonly storage: CaseStorage,
  ) {
    this.tags = new TagService(db);
    this.quotes = new QuoteService(db);
    this.briefings = new BriefingService(db);
  }

  /**
   * Opens a case file, creating it (and its folder) when missing; read-only when its storage is
   * (`storage` is for tests and hosts that already know). The daily snapshot is looked at
   * `firstBackupCheckMs` after opening, then hourly.
   */
  static async open(
    path: string,
    emit: EventSink = ignoreEvents,
    options: { storage?: CaseStorage; firstBackupCheckMs?: number } = {},
  ): Promise<ParallaxCase> {
    await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
      // A read-only medium refuses even an existing folder's mkdir on some systems.
      if ((error as NodeJS.ErrnoException).code !== 'EROFS') throw error;
    });
    const storage = options.storage ?? (await probeCaseStorage(path));
    const db = await openCaseDatabase(path, { readOnly: storage.readOnly });
    const opened = new ParallaxCase(db, emit, storage);
    if (storage.readOnly) return opened;
    try {
      // Deleted briefings wait a day for their undo; opening the case is when they go for good.
      await opened.briefings.purgeDeleted();
    } catch (error) {
      await opened.close();
      throw error;
    }
    opened.startDailyBackups(options.firstBackupCheckMs ?? FIRST_BACKUP_CHECK_MS);
    return opened;
  }

  /** The daily snapshot when it is due: looked at a little after opening, then every hour. */
  private startDailyBackups(firstCheckMs: number): void {
    const check = () =>
      void this.backupIfDue().catch((error: unknown) => {
        // A failed daily backup must not stop the work; the next check tries again.
        console.error(`Parallax: the daily backup of ${this.path} failed:`, error);
      });
    const first = setTimeout(() => {
      check();
      this.backupTimer = setInterval(check, BACKUP_CHECK_MS);
      this.backupTimer.unref();
    }, firstCheckMs);
    first.unref();
    this.backupTimer = first;
  }

  private async backupIfDue(): Promise<void> {
    if (!(await this.hasContent())) return;
    if (dailyBackupDue(await listBackups(this.path))) await snapshotCase(this.db, 'daily');
  }

  /** A snapshot now, at the user's request. */
  backupNow(): Promise<BackupEntry> {
    return snapshotCase(this.db, 'manual');
  }

  /** An empty case has nothing to lose: no snapshot of it is worth a file. */
  private async hasContent(): Promise<boolean> {
    return (await countDocuments(this.db.reader)) > 0 || (await this.briefings.list()).length > 0;
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
      readOnly: this.storage.readOnly,
      storageWarning: this.storage.warning,
    };
  }

  /** Every document at once: for the CLI's list, never for a screen (see listDocumentPage). */
  listDocuments(filter?: DocumentFilter, sort?: DocumentSort): Promise<DocumentSummary[]> {
    return listDocumentSummaries(this.db.reader, filter, sort);
  }

  /** One window of the library in listDocuments' order, with the number of matching documents. */
  listDocumentPage(
    filter: DocumentFilter,
    sort: DocumentSort | undefined,
    page: { offset: number; limit: number },
  ): Promise<DocumentPage> {
    return listDocumentPage(this.db.reader, filter, sort, page);
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
    if (this.storage.readOnly) {
      throw new ParallaxError(
        'forbidden',
        'This case is open read-only (it is on read-only storage): nothing can be imported into it. Copy it to a writable folder to work on it.',
      );
    }
    if (this.importJobs.has(jobId)) {
      throw new ParallaxError('invalid-input', `An import with id ${jobId} is already running.`);
    }
    const controller = new AbortController();
    this.importJobs.set(jobId, controller);
    try {
      // Before each batch, a snapshot to go back to: a batch that turns out wrong is one restore.
      // Not before each chunk of one batch, nor when nothing changed since the last snapshot.
      const batch = jobId.split('/')[0] ?? jobId;
      const changes = await this.db.changeCount();
      if (
        batch !== this.batchAtSnapshot &&
        this.changesAtSnapshot !== changes &&
        (await this.hasContent())
      ) {
        try {
          // A large case takes a while to copy: the progress says what is happening meanwhile.
          this.emit('importProgress', {
            jobId,
            done: 0,
            total: sources.length,
            current: BACKING_UP,
          });
          await snapshotCase(this.db, 'import');
          this.changesAtSnapshot = changes;
          this.batchAtSnapshot = batch;
        } catch (error) {
          throw new ParallaxError(
            'case-unavailable',
            `The case could not be backed up before importing, so nothing was imported: ${(error as Error).message}`,
          );
        }
      }
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
    if (this.backupTimer) clearTimeout(this.backupTimer);
    for (const job of this.importJobs.values()) job.abort();
    await this.db.close();
  }
}

// Briefings: the analyst's cited drafts. Every save keeps the citation index (what the deletion
// guard reads) exactly in step with the content, and keeps revisions; a deleted briefing waits a
// day for its undo, citing nothing meanwhile. Every refusal names its reason and stores nothing.
import { randomUUID } from 'node:crypto';
import { collectCitations, numberSources } from '../../../shared/briefings/citations';
import type { BriefingState } from '../../../shared/briefings/state';
import { emptyBriefingState } from '../../../shared/briefings/state';
import type {
  Briefing,
  BriefingCheck,
  BriefingExportFormat,
  BriefingId,
  BriefingRevision,
  BriefingRevisionId,
  BriefingRevisionSummary,
  BriefingSource,
  BriefingSummary,
  BriefingView,
  ExportedFile,
  QuoteInfo,
  SourceInfo,
  TagId,
} from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import type { CaseDatabase, DbReader, DbWriter } from '../db/connection';
import {
  countBriefingsDeletedBefore,
  getRevision,
  getStoredBriefing,
  insertBriefing,
  insertRevision,
  latestRevision,
  listBriefingSummaries,
  listRevisionSummaries,
  markRevisionCheckpoint,
  purgeBriefingsDeletedBefore,
  replaceBriefingCitations,
  replaceRevision,
  setBriefingDeletedAt,
  updateBriefingContent,
  updateBriefingFields,
  type BriefingFields,
  type StoredBriefing,
} from '../db/queries/briefings';
import { listQuoteRows } from '../db/queries/quotes';
import { getTag } from '../db/queries/tags';
import type { PdfPrinter } from '../export/printer';
import { briefingChecks } from './checks';
import { readContent, serialiseContent } from './content';
import { describeCitations, describeQuotes, describeSources } from './describe';
import { draftState, type DraftSection } from './draft';
import { exportBriefingFile } from './exportFile';

/** Autosaves within this time of the autosave revision's first save replace it. */
export const AUTOSAVE_REVISION_WINDOW_MS = 2 * 60 * 1000;
/** A deleted briefing can be restored for this long; the case's next opening then purges it. */
export const DELETED_BRIEFING_KEPT_MS = 24 * 60 * 60 * 1000;

export interface BriefingCreation {
  title: string;
  author?: string | undefined;
  handling?: string | undefined;
  language?: string | undefined;
}

export type BriefingChanges = Partial<Record<keyof BriefingFields, string | undefined>>;

async function storedOrThrow(db: DbReader, id: BriefingId): Promise<StoredBriefing> {
  const stored = await getStoredBriefing(db, id);
  if (!stored) throw new ParallaxError('not-found', `There is no briefing ${id} in this case.`);
  return stored;
}

/** A briefing that is not in the bin: deleted ones must be restored before anything else. */
async function liveOrThrow(db: DbReader, id: BriefingId): Promise<StoredBriefing> {
  const stored = await storedOrThrow(db, id);
  if (stored.deletedAt !== null) {
    throw new ParallaxError(
      'not-found',
      `Briefing ${id} (“${stored.summary.title}”) was deleted; restore it first.`,
    );
  }
  return stored;
}

async function writeCitations(tx: DbWriter, id: BriefingId, state: BriefingState): Promise<number> {
  const citations = collectCitations(state);
  await replaceBriefingCitations(tx, id, citations);
  return citations.length;
}

/** Inserts a new briefing with its citations and a first (checkpoint) revision. */
async function insertNewBriefing(
  tx: DbWriter,
  fields: BriefingFields,
  content: { json: string; state: BriefingState },
): Promise<BriefingId> {
  const now = new Date().toISOString();
  const citations = collectCitations(content.state);
  const id = await insertBriefing(tx, {
    uid: randomUUID(),
    ...fields,
    content: content.json,
    citationCount: citations.length,
    now,
  });
  await replaceBriefingCitations(tx, id, citations);
  await insertRevision(tx, id, {
    title: fields.title,
    content: content.json,
    kind: 'checkpoint',
    now,
  });
  return id;
}

export class BriefingService {
  constructor(private readonly db: CaseDatabase) {}

  list(): Promise<BriefingSummary[]> {
    return listBriefingSummaries(this.db.reader);
  }

  async get(id: BriefingId): Promise<Briefing> {
    const stored = await liveOrThrow(this.db.reader, id);
    return { ...stored.summary, content: readContent(stored) };
  }

  async create(input: BriefingCreation): Promise<Briefing> {
    const content = serialiseContent(emptyBriefingState());
    const id = await this.db.transaction((tx) =>
      insertNewBriefing(
        tx,
        {
          title: input.title,
          author: input.author ?? '',
          handling: input.handling ?? '',
          language: input.language ?? 'en',
        },
        content,
      ),
    );
    return this.get(id);
  }

  /** Title, author, handling line, language; a change is kept as a revision (its title). */
  async update(id: BriefingId, changes: BriefingChanges): Promise<BriefingSummary> {
    const given = Object.entries(changes).filter(([, value]) => value !== undefined);
    if (given.length === 0) throw new ParallaxError('invalid-input', 'No change was given.');
    await this.db.transaction(async (tx) => {
      const stored = await liveOrThrow(tx, id);
      const { title, author, handling, language } = stored.summary;
      const next: BriefingFields = {
        title,
        author,
        handling,
        language,
        ...Object.fromEntries(given),
      };
      if (given.every(([key, value]) => stored.summary[key as keyof BriefingFields] === value)) {
        return;
      }
      const now = new Date().toISOString();
      await updateBriefingFields(tx, id, next, now);
      await insertRevision(tx, id, {
        title: next.title,
        content: stored.content,
        kind: 'checkpoint',
        now,
      });
    });
    return (await liveOrThrow(this.db.reader, id)).summary;
  }

  /**
   * Saves the editor state and rewrites the citation index from it. Unchanged content stores
   * nothing; an autosave soon after the last autosave replaces that revision; a checkpoint keeps
   * the current version as a revision of its own.
   */
  async saveContent(
    id: BriefingId,
    content: unknown,
    options: { checkpoint?: boolean | undefined } = {},
  ): Promise<BriefingSummary> {
    const { json, state } = serialiseContent(content);
    await this.db.transaction(async (tx) => {
      const stored = await liveOrThrow(tx, id);
      const latest = await latestRevision(tx, id);
      const title = stored.summary.title;
      if (json === stored.content) {
        // Nothing new; an explicit save of it still keeps that revision from being replaced.
        if (options.checkpoint && latest?.kind === 'autosave' && latest.content === json) {
          await markRevisionCheckpoint(tx, latest.id);
        }
        return;
      }
      const now = new Date();
      const count = await writeCitations(tx, id, state);
      await updateBriefingContent(tx, id, json, count, now.toISOString());
      const coalesce =
        !options.checkpoint &&
        latest?.kind === 'autosave' &&
        latest.title === title &&
        now.getTime() - Date.parse(latest.startedAt) < AUTOSAVE_REVISION_WINDOW_MS;
      if (coalesce) {
        await replaceRevision(tx, latest.id, { title, content: json, now: now.toISOString() });
      } else {
        await insertRevision(tx, id, {
          title,
          content: json,
          kind: options.checkpoint ? 'checkpoint' : 'autosave',
          now: now.toISOString(),
        });
      }
    });
    return (await liveOrThrow(this.db.reader, id)).summary;
  }

  /** A copy with a fresh uid and the same content and citations; its history starts anew. */
  async duplicate(id: BriefingId, title?: string): Promise<Briefing> {
    const copy = await this.db.transaction(async (tx) => {
      const stored = await liveOrThrow(tx, id);
      const { author, handling, language } = stored.summary;
      return insertNewBriefing(
        tx,
        { title: title ?? `${stored.summary.title} (copy)`, author, handling, language },
        { json: stored.content, state: readContent(stored) },
      );
    });
    return this.get(copy);
  }

  /** Moves the briefing to the bin: out of the list, guarding nothing, restorable for a day. */
  async delete(id: BriefingId): Promise<{ id: number }> {
    await this.db.transaction(async (tx) => {
      await liveOrThrow(tx, id);
      await setBriefingDeletedAt(tx, id, new Date().toISOString());
    });
    return { id };
  }

  async restore(id: BriefingId): Promise<BriefingSummary> {
    await this.db.transaction(async (tx) => {
      const stored = await storedOrThrow(tx, id);
      if (stored.deletedAt === null) {
        throw new ParallaxError(
          'invalid-input',
          `Briefing ${id} (“${stored.summary.title}”) is not deleted; there is nothing to restore.`,
        );
      }
      await setBriefingDeletedAt(tx, id, null);
    });
    return (await liveOrThrow(this.db.reader, id)).summary;
  }

  /** Removes for good the briefings deleted more than a day ago; writes nothing when there are none. */
  async purgeDeleted(): Promise<number> {
    const before = new Date(Date.now() - DELETED_BRIEFING_KEPT_MS).toISOString();
    if ((await countBriefingsDeletedBefore(this.db.reader, before)) === 0) return 0;
    return this.db.transaction((tx) => purgeBriefingsDeletedBefore(tx, before));
  }

  async listRevisions(id: BriefingId): Promise<BriefingRevisionSummary[]> {
    await liveOrThrow(this.db.reader, id);
    return listRevisionSummaries(this.db.reader, id);
  }

  async getRevision(id: BriefingId, revisionId: BriefingRevisionId): Promise<BriefingRevision> {
    const stored = await liveOrThrow(this.db.reader, id);
    const revision = await getRevision(this.db.reader, id, revisionId);
    if (!revision) {
      throw new ParallaxError(
        'not-found',
        `Briefing ${id} (“${stored.summary.title}”) has no revision ${revisionId}.`,
      );
    }
    return {
      id: revision.id,
      title: revision.title,
      savedAt: revision.savedAt,
      size: revision.content.length,
      content: readContent({ ...stored, content: revision.content }),
    };
  }

  /** A new briefing with a section per tag (in the order given), quotes grouped by source. */
  async draftFromTags(
    tagIds: readonly TagId[],
    title: string,
    options: { includeSubtags?: boolean | undefined } = {},
  ): Promise<Briefing> {
    const id = await this.db.transaction(async (tx) => {
      const sections: DraftSection[] = [];
      for (const tagId of new Set(tagIds)) {
        const tag = await getTag(tx, tagId);
        if (!tag) {
          throw new ParallaxError(
            'not-found',
            `There is no tag ${tagId} (it may have been deleted); no briefing was drafted.`,
          );
        }
        const { rows } = await listQuoteRows(
          tx,
          { tagId, includeSubtags: options.includeSubtags ?? true },
          null,
          { groupBy: 'document', limit: Number.MAX_SAFE_INTEGER, offset: 0 },
        );
        sections.push({ heading: tag.name, quotes: rows });
      }
      const fields = { title, author: '', handling: '', language: 'en' };
      return insertNewBriefing(tx, fields, serialiseContent(draftState(sections)));
    });
    return this.get(id);
  }

  describeCitations(
    documentIds: readonly number[],
    quoteUids: readonly string[],
  ): Promise<{ sources: SourceInfo[]; quotes: QuoteInfo[] }> {
    return describeCitations(this.db.reader, documentIds, quoteUids);
  }

  /** The briefing with its sources numbered by first citation and its quotes resolved. */
  async view(id: BriefingId): Promise<BriefingView> {
    const briefing = await this.get(id);
    const citations = collectCitations(briefing.content);
    const numbers = numberSources(citations);
    const uids = citations.flatMap((c) => (c.quoteUid === null ? [] : [c.quoteUid]));
    const [sources, quotes] = await Promise.all([
      describeSources(this.db.reader, [...numbers.keys()]),
      describeQuotes(this.db.reader, uids),
    ]);
    return {
      briefing,
      sources: sources.map((source): BriefingSource => ({
        ...source,
        number: numbers.get(source.documentId) ?? 0,
      })),
      quotes: Object.fromEntries(quotes.map((quote) => [quote.uid, quote])),
      exportedAt: new Date().toISOString(),
    };
  }

  async checks(id: BriefingId): Promise<BriefingCheck[]> {
    const view = await this.view(id);
    return briefingChecks(
      view.briefing.content,
      new Map(view.sources.map((source) => [source.documentId as number, source])),
      new Map(Object.entries(view.quotes)),
    );
  }

  async export(
    id: BriefingId,
    format: BriefingExportFormat,
    printer: PdfPrinter,
  ): Promise<ExportedFile> {
    return exportBriefingFile(await this.view(id), format, printer);
  }
}

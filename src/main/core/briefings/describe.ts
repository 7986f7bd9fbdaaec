// What citations point at, resolved from the case: sources (documents) and quotes, with what is
// gone marked as such rather than left out, so a briefing can show a broken citation as broken.
import type { DocumentId, QuoteInfo, SourceInfo } from '../../../shared/domain';
import type { DbReader } from '../db/connection';
import { citedDocuments, citedQuotes } from '../db/queries/briefings';
import { getDocumentTexts } from '../db/queries/documents';

/** How a cited document that was deleted shows in source lists and the editor. */
export const DELETED_SOURCE_TITLE = '(deleted source)';

function deletedSource(documentId: number): SourceInfo {
  return {
    documentId: documentId as DocumentId,
    exists: false,
    title: DELETED_SOURCE_TITLE,
    outlet: null,
    publishedAt: null,
    language: 'und',
    fileName: '',
    fingerprint: '',
  };
}

function deletedQuote(uid: string): QuoteInfo {
  return { uid, exists: false, documentId: null, text: '', language: 'und', matchesSource: false };
}

export async function describeSources(
  db: DbReader,
  documentIds: readonly number[],
): Promise<SourceInfo[]> {
  const ids = [...new Set(documentIds)];
  const rows = new Map((await citedDocuments(db, ids)).map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = rows.get(id);
    if (!row) return deletedSource(id);
    return {
      documentId: id as DocumentId,
      exists: true,
      title: row.title,
      outlet: row.outlet,
      publishedAt: row.published_at,
      language: row.language,
      fileName: row.file_name,
      // The importer stores the sha256 of the canonical text (UTF-8), which is what the
      // fingerprint must be; it never changes, so there is nothing to recompute or cache.
      fingerprint: row.sha256.slice(0, 8),
    };
  });
}

export async function describeQuotes(db: DbReader, uids: readonly string[]): Promise<QuoteInfo[]> {
  const wanted = [...new Set(uids)];
  const rows = await citedQuotes(db, wanted);
  const texts = await getDocumentTexts(db, [
    ...new Set(rows.map((row) => row.document_id as DocumentId)),
  ]);
  const byUid = new Map(rows.map((row) => [row.uid, row]));
  return wanted.map((uid) => {
    const row = byUid.get(uid);
    if (!row) return deletedQuote(uid);
    const source = texts.get(row.document_id as DocumentId);
    return {
      uid,
      exists: true,
      documentId: row.document_id as DocumentId,
      text: row.text,
      language: row.language,
      matchesSource: source !== undefined && source.slice(row.start, row.end) === row.text,
    };
  });
}

export async function describeCitations(
  db: DbReader,
  documentIds: readonly number[],
  quoteUids: readonly string[],
): Promise<{ sources: SourceInfo[]; quotes: QuoteInfo[] }> {
  const [sources, quotes] = await Promise.all([
    describeSources(db, documentIds),
    describeQuotes(db, quoteUids),
  ]);
  return { sources, quotes };
}

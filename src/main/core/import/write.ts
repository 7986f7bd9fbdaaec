// Writes a group of prepared documents with a handful of statements, whatever the group's size:
// one lookup per kind (duplicates, near-duplicates, remembered metadata), one multi-row INSERT per
// table. Each document's rows go in together or not at all: if a group statement fails, the group
// is rolled back to its savepoint and retried one document at a time, so only the bad one is refused.
import type { DocumentId, ImportItem } from '../../../shared/domain';
import type { DbWriter } from '../db/connection';
import {
  findDocumentsByBodyFingerprint,
  findDocumentsBySha256,
  insertDocuments,
  metadataOverridesFor,
  nextDocumentId,
  updateDocumentMetadata,
  type MetadataChanges,
  type NewDocument,
} from '../db/queries/documents';
import { insertSegments, nextSegmentId } from '../db/queries/segments';
import { sql } from '../db/sql';
import { isPrepared, rejected, type PreparedDocument } from './prepare';

interface PlannedDocument {
  prepared: PreparedDocument;
  row: NewDocument & { id: DocumentId };
  overrides: MetadataChanges | undefined;
}

function duplicateItem(file: string, existing: { id: DocumentId; title: string }): ImportItem {
  return {
    file,
    status: 'duplicate',
    reason: `Same text as document ${existing.id} (“${existing.title}”); not stored twice.`,
    rejection: null,
    documentId: existing.id,
    language: null,
    title: existing.title,
  };
}

function importedItem(plan: PlannedDocument): ImportItem {
  const { row, prepared, overrides } = plan;
  return {
    file: prepared.file,
    status: 'imported',
    reason: row.nearDuplicateOf
      ? `Same body as document ${row.nearDuplicateOf} with different page chrome (near-duplicate).`
      : null,
    rejection: null,
    documentId: row.id,
    language: overrides?.language ?? row.language,
    title: overrides?.title ?? row.title,
  };
}

async function insertPlanned(
  tx: DbWriter,
  plans: readonly PlannedDocument[],
  firstSegmentId: number,
): Promise<number> {
  let segmentId = firstSegmentId;
  const segments = plans.map(({ prepared, row }) => {
    const firstId = segmentId;
    segmentId += prepared.segmentCount;
    return { documentId: row.id, firstSegmentId: firstId, segmentsJson: prepared.segmentsJson };
  });
  await insertDocuments(
    tx,
    plans.map((plan) => plan.row),
  );
  await insertSegments(tx, segments);
  for (const plan of plans) {
    // Metadata the user set on this same text before it was deleted comes back with it.
    if (plan.overrides)
      await updateDocumentMetadata(tx, plan.row.id, plan.overrides, plan.row.importedAt);
  }
  return segmentId;
}

async function inSavepoint(tx: DbWriter, work: () => Promise<void>): Promise<void> {
  await tx.run(sql`SAVEPOINT import_group`);
  try {
    await work();
    await tx.run(sql`RELEASE import_group`);
  } catch (error) {
    await tx.run(sql`ROLLBACK TO import_group`);
    await tx.run(sql`RELEASE import_group`);
    throw error;
  }
}

/** Stores the prepared documents of `group` (rejections pass through); report lines in order. */
export async function writeGroup(
  tx: DbWriter,
  group: readonly (PreparedDocument | ImportItem)[],
  now: Date,
): Promise<ImportItem[]> {
  const prepared = group.filter(isPrepared);
  const shas = [...new Set(prepared.map((p) => p.sha256))];
  const stored = await findDocumentsBySha256(tx, shas);
  const sameBody = await findDocumentsByBodyFingerprint(tx, [
    ...new Set(prepared.map((p) => p.metadata.bodyFingerprint)),
  ]);
  const remembered = await metadataOverridesFor(tx, shas);

  let nextId = await nextDocumentId(tx);
  const plans: PlannedDocument[] = [];
  const planned = new Map<string, { id: DocumentId; title: string }>();
  const outcome = new Map<PreparedDocument, ImportItem | PlannedDocument>();
  for (const doc of prepared) {
    const existing = stored.get(doc.sha256) ?? planned.get(doc.sha256);
    if (existing) {
      outcome.set(doc, duplicateItem(doc.file, existing));
      continue;
    }
    const analysis = doc.metadata;
    const id = nextId++ as DocumentId;
    const plan: PlannedDocument = {
      prepared: doc,
      overrides: remembered.get(doc.sha256),
      row: {
        id,
        fileName: doc.fileName,
        textJson: doc.textJson,
        chars: doc.chars,
        sha256: doc.sha256,
        bodyFingerprint: analysis.bodyFingerprint,
        nearDuplicateOf: sameBody.get(analysis.bodyFingerprint) ?? null,
        encoding: doc.encoding,
        bytes: doc.bytes,
        importedAt: now.toISOString(),
        title: analysis.title,
        outlet: analysis.outlet,
        publishedAt: analysis.publishedAt,
        language: analysis.language,
        languageConfidence: analysis.languageConfidence,
      },
    };
    if (!sameBody.has(analysis.bodyFingerprint)) sameBody.set(analysis.bodyFingerprint, id);
    planned.set(doc.sha256, { id, title: analysis.title });
    plans.push(plan);
    outcome.set(doc, plan);
  }

  const firstSegmentId = await nextSegmentId(tx);
  try {
    await inSavepoint(tx, async () => void (await insertPlanned(tx, plans, firstSegmentId)));
  } catch {
    // Find the culprit: each document alone, the rest go in.
    let segmentId = firstSegmentId;
    for (const plan of plans) {
      try {
        await inSavepoint(tx, async () => {
          segmentId = await insertPlanned(tx, [plan], segmentId);
        });
      } catch (error) {
        outcome.set(
          plan.prepared,
          rejected(
            plan.prepared.file,
            'internal-error',
            `Not imported: ${(error as Error).message}`,
          ),
        );
      }
    }
  }

  return group.map((entry) => {
    if (!isPrepared(entry)) return entry;
    const result = outcome.get(entry);
    if (!result)
      return rejected(entry.file, 'internal-error', 'Not imported: lost track of the file.');
    return 'row' in result ? importedItem(result) : result;
  });
}

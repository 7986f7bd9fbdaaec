// What a report line must say about a hostile file: exactly one specific answer, a stable code and
// a sentence for a refusal (never internal-error: that would be a crash by another name), and the
// answer the file's kind calls for where there is only one right answer.
import type { ImportItem } from '../../src/shared/domain';
import type { HostileFile } from './hostileFiles';

/** A sentence a person reads: starts with a capital, ends with a full stop. */
const SENTENCE = /^\p{Lu}[\s\S]{8,}[.!?]$/u;

export function itemProblems(
  file: HostileFile,
  item: ImportItem | undefined,
  name: string,
): string[] {
  if (!item) return ['no report line'];
  const problems: string[] = [];
  if (item.file !== name) problems.push(`reported as ${JSON.stringify(item.file)}`);
  switch (item.status) {
    case 'imported':
      if (item.documentId === null) problems.push('imported without a document id');
      if (item.rejection !== null) problems.push('imported with a rejection code');
      break;
    case 'duplicate':
      if (item.documentId === null) problems.push('duplicate of no document');
      if (!item.reason) problems.push('duplicate without a reason');
      break;
    case 'rejected':
      if (item.rejection === null) problems.push('rejected without a code');
      if (item.rejection === 'internal-error' || item.rejection === 'cancelled') {
        problems.push(`rejected as ${item.rejection}: ${item.reason ?? ''}`);
      }
      if (!item.reason || !SENTENCE.test(item.reason)) {
        problems.push(`reason is not a sentence: ${JSON.stringify(item.reason)}`);
      }
      if (item.documentId !== null) problems.push('rejected but names a document');
      break;
    default:
      problems.push(`unknown status ${JSON.stringify(item.status)}`);
  }
  const expect = file.expect;
  if (expect?.status === 'stored' && item.status === 'rejected') {
    problems.push(`should be stored, was rejected (${item.rejection}): ${item.reason ?? ''}`);
  }
  if (
    expect?.status === 'rejected' &&
    (item.status !== 'rejected' || item.rejection !== expect.rejection)
  ) {
    problems.push(
      `should be rejected as ${expect.rejection}, was ${item.status} ${item.rejection ?? ''}`,
    );
  }
  return problems;
}

/** A file imported from disk after its upload: the same text is a duplicate, a refusal the same. */
export function diskProblems(upload: ImportItem, disk: ImportItem): string[] {
  if (upload.status === 'rejected') {
    return disk.status === 'rejected' && disk.rejection === upload.rejection
      ? []
      : [
          `from disk ${disk.status} ${disk.rejection ?? ''}, as an upload rejected ${upload.rejection ?? ''}`,
        ];
  }
  return disk.status === 'duplicate' && disk.documentId === upload.documentId
    ? []
    : [
        `from disk ${disk.status} (document ${disk.documentId}), as an upload ${upload.status} (document ${upload.documentId})`,
      ];
}

/** The table key of a result: the status, or the rejection code. */
export const resultLabel = (item: ImportItem): string =>
  item.status === 'rejected' ? (item.rejection ?? 'rejected') : item.status;

// The hostile-input run shared by `npm run fuzz` and the bounded test. Every generated file is
// imported into a fresh case as an upload, one job each (timed); the stored texts are compared with
// the files; all of them are imported again from disk in one job (the worker-thread path), which
// must change nothing; refused files are imported again into a small case between two digests of
// every table; finally the case file's integrity is checked.
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ParallaxCase } from '../../src/main/core/case';
import { sourcesFromPaths, sourcesFromUploads } from '../../src/main/core/import/sources';
import type { ImportItem } from '../../src/shared/domain';
import { databaseDigest } from '../unit/helpers/dbDigest';
import { checkCaseFile } from './caseChecks';
import { hostileFiles, type GeneratorOptions, type HostileFile } from './hostileFiles';
import { isValidOnDisk } from './hostileNames';
import { diskProblems, itemProblems } from './itemChecks';
import { seededRandom } from './random';
import { readSeeds } from './seeds';

export interface FuzzOptions extends Omit<GeneratorOptions, 'seeds'> {
  /** An empty folder for the cases and the files on disk. */
  workDir: string;
  /** Share of the refused files imported again between two digests (1 = all). */
  digestShare: number;
  /** An import still running after this long is a hang. */
  fileTimeoutMs: number;
  reanalyse: boolean;
  /** Called before each upload, for a watchdog and progress. */
  onFile?: (file: HostileFile, done: number) => void;
  /** Called when a phase after the uploads starts. */
  onPhase?: (phase: string) => void;
}

export interface FileOutcome {
  file: Omit<HostileFile, 'bytes'>;
  upload: ImportItem | null;
  disk: ImportItem | null;
  ms: number;
}

export interface FuzzReport {
  outcomes: FileOutcome[];
  violations: string[];
  digestChecks: number;
  literalChecks: number;
  diskFiles: number;
  diskMs: number;
  totalMs: number;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const around = (text: string): string =>
    JSON.stringify(text.slice(Math.max(0, at - 10), at + 10));
  return `UTF-16 offset ${at}: ${around(a)} stored, ${around(b)} in the file`;
}

const label = (file: Pick<HostileFile, 'index' | 'kind' | 'name'>): string =>
  `#${file.index} ${file.kind} ${JSON.stringify(file.name.length > 60 ? `${file.name.slice(0, 60)}…` : file.name)}`;

const asUpload = (file: HostileFile) =>
  sourcesFromUploads([{ name: file.name, size: file.size, bytes: file.bytes ?? undefined }]);

async function importOne(
  parallaxCase: ParallaxCase,
  jobId: string,
  file: HostileFile,
  options: FuzzOptions,
  violations: string[],
): Promise<ImportItem | undefined> {
  try {
    const report = await withTimeout(
      parallaxCase.importSources(jobId, asUpload(file)),
      options.fileTimeoutMs,
      'the import',
    );
    if (report.items.length !== 1)
      violations.push(`${label(file)}: ${report.items.length} report lines`);
    return report.items[0];
  } catch (error) {
    violations.push(`${label(file)}: import threw: ${(error as Error).message}`);
    return undefined;
  }
}

/** Stored texts are exactly what the file said: controls, zero-widths and markup kept as characters. */
async function compareStoredTexts(
  parallaxCase: ParallaxCase,
  files: readonly HostileFile[],
  outcomes: readonly FileOutcome[],
  violations: string[],
): Promise<number> {
  let compared = 0;
  for (const [i, file] of files.entries()) {
    const item = outcomes[i]!.upload;
    if (file.expect?.status !== 'stored' || item?.documentId == null) continue;
    const { text } = await parallaxCase.getDocument(item.documentId);
    compared++;
    if (text !== file.expect.text) {
      violations.push(
        `${label(file)}: stored text differs, ${firstDifference(text, file.expect.text)}`,
      );
    }
  }
  return compared;
}

async function writeToDisk(file: HostileFile, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, file.name);
  if (file.bytes) {
    await writeFile(path, file.bytes);
  } else {
    // Sparse: the size is on disk, the bytes are not (the importer refuses it by size).
    const handle = await open(path, 'w');
    await handle.truncate(file.size);
    await handle.close();
  }
  return path;
}

/** Every file again, from disk, in one job: each is a duplicate or refused the same way as before. */
async function importFromDisk(
  parallaxCase: ParallaxCase,
  files: readonly HostileFile[],
  outcomes: FileOutcome[],
  options: FuzzOptions,
  violations: string[],
): Promise<number> {
  const onDisk = files.filter((f) => isValidOnDisk(f.name));
  const paths = await Promise.all(
    onDisk.map((f) => writeToDisk(f, join(options.workDir, 'disk', String(f.index)))),
  );
  const before = await databaseDigest(parallaxCase.path);
  try {
    const report = await withTimeout(
      parallaxCase.importSources('from-disk', await sourcesFromPaths(paths)),
      options.fileTimeoutMs + 100 * onDisk.length,
      'the import from disk',
    );
    if (report.items.length !== onDisk.length) {
      violations.push(`from disk: ${report.items.length} report lines for ${onDisk.length} files`);
    }
    onDisk.forEach((file, k) => {
      const item = report.items[k];
      const outcome = outcomes[file.index]!;
      outcome.disk = item ?? null;
      const problems = itemProblems(file, item, paths[k]!);
      if (item && outcome.upload) problems.push(...diskProblems(outcome.upload, item));
      violations.push(...problems.map((p) => `${label(file)} from disk: ${p}`));
    });
  } catch (error) {
    violations.push(`from disk: import threw: ${(error as Error).message}`);
  }
  if ((await databaseDigest(parallaxCase.path)) !== before) {
    violations.push('from disk: importing duplicates and refused files changed the database');
  }
  return onDisk.length;
}

/**
 * Refused files again, one job each, into a case holding the seeds, between two digests of every
 * table (a small case keeps each digest cheap; the refusal never depends on what the case holds).
 */
async function refuseBetweenDigests(
  files: readonly HostileFile[],
  outcomes: readonly FileOutcome[],
  options: FuzzOptions,
  violations: string[],
): Promise<number> {
  const sampling = seededRandom(options.seed ^ 0x5eed);
  const refused = files.filter(
    (f) => outcomes[f.index]!.upload?.status === 'rejected' && sampling.chance(options.digestShare),
  );
  const parallaxCase = await ParallaxCase.open(join(options.workDir, 'refusals.parallax'));
  try {
    const seeds = await readSeeds();
    await parallaxCase.importSources(
      'seeds',
      sourcesFromUploads(
        seeds.map((bytes, i) => ({ name: `seed-${i}.txt`, size: bytes.length, bytes })),
      ),
    );
    let digest = await databaseDigest(parallaxCase.path);
    for (const file of refused) {
      const item = await importOne(
        parallaxCase,
        `refusal-${file.index}`,
        file,
        options,
        violations,
      );
      const first = outcomes[file.index]!.upload!;
      if (item?.status !== 'rejected' || item.rejection !== first.rejection) {
        violations.push(
          `${label(file)}: refused as ${first.rejection}, then ${item?.status} ${item?.rejection ?? ''}`,
        );
      }
      const after = await databaseDigest(parallaxCase.path);
      if (after !== digest) violations.push(`${label(file)}: refused, but the database changed`);
      digest = after;
    }
  } finally {
    await parallaxCase.close();
  }
  return refused.length;
}

export async function runHostileImport(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const files = [...hostileFiles({ ...options, seeds: await readSeeds() })];
  const casePath = join(options.workDir, 'fuzz.parallax');
  const violations: string[] = [];
  const outcomes: FileOutcome[] = files.map(({ bytes: _bytes, ...file }) => ({
    file,
    upload: null,
    disk: null,
    ms: 0,
  }));
  let literalChecks: number;
  let diskFiles: number;
  let diskMs: number;

  const parallaxCase = await ParallaxCase.open(casePath);
  try {
    for (const [i, file] of files.entries()) {
      options.onFile?.(file, i);
      const t0 = performance.now();
      const item = await importOne(parallaxCase, `upload-${i}`, file, options, violations);
      outcomes[i]!.ms = performance.now() - t0;
      outcomes[i]!.upload = item ?? null;
      violations.push(...itemProblems(file, item, file.name).map((p) => `${label(file)}: ${p}`));
    }
    options.onPhase?.('the comparison of stored texts');
    literalChecks = await compareStoredTexts(parallaxCase, files, outcomes, violations);
    options.onPhase?.('the import from disk');
    const diskStarted = performance.now();
    diskFiles = await importFromDisk(parallaxCase, files, outcomes, options, violations);
    diskMs = performance.now() - diskStarted;
  } finally {
    await parallaxCase.close();
  }
  options.onPhase?.('the refusals between digests');
  const digestChecks = await refuseBetweenDigests(files, outcomes, options, violations);
  options.onPhase?.('the checks of the case file');
  const problems = await checkCaseFile(casePath, { reanalyse: options.reanalyse });
  violations.push(...problems.map((p) => `case file: ${p}`));
  return {
    outcomes,
    violations,
    digestChecks,
    literalChecks,
    diskFiles,
    diskMs,
    totalMs: performance.now() - started,
  };
}

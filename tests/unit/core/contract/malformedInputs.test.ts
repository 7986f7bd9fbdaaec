// Every contract method, called as a hostile or buggy renderer might: wrong shapes, wrong types,
// huge strings, negative and out-of-range numbers, unknown ids. Each gets a specific refusal
// (never an 'internal' error), and none of them changes the case.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { ParallaxCase } from '../../../../src/main/core/case';
import { dispatchCall } from '../../../../src/main/core/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import { sourcesFromUploads } from '../../../../src/main/core/import/sources';
import { methodNames, type Handlers } from '../../../../src/shared/contract';
import { ParallaxError } from '../../../../src/shared/errors';
import { databaseDigest } from '../../helpers/dbDigest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedFiles } from '../../helpers/temp';

let parallaxCase: ParallaxCase;
let handlers: Handlers;
let folder: string;
let casePath: string;
let digest: string;

const printer = {
  printPdf: () => Promise.reject(new Error('no printing in this test')),
  close: () => Promise.resolve(),
};

beforeAll(async () => {
  // One case for the whole file (the temp helper removes its folders after each test).
  folder = await mkdtemp(join(tmpdir(), 'parallax-contract-'));
  casePath = join(folder, 'contract.parallax');
  parallaxCase = await ParallaxCase.open(casePath);
  const seeds = await seedFiles();
  await parallaxCase.importSources(
    'seed',
    sourcesFromUploads(seeds.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes }))),
  );
  const tag = await parallaxCase.tags.create({ name: 'Sahel' });
  await parallaxCase.quotes.create({ documentId: 1 as never, start: 0, end: 5, tagIds: [tag.id] });
  await parallaxCase.briefings.create({ title: 'Note' });
  handlers = createHandlers({ current: () => parallaxCase, nativeMenu: false, printer });
  // Wait for the daily snapshot the open may have started, then fix the reference state.
  await new Promise((resolve) => setTimeout(resolve, 200));
  digest = await databaseDigest(casePath);
});

afterAll(async () => {
  await parallaxCase.close();
  await rm(folder, { recursive: true, force: true });
});

async function refusal(method: string, input: unknown): Promise<ParallaxError> {
  const outcome = await dispatchCall(handlers, method, input).then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ParallaxError)) {
    throw new Error(
      `${method}(${JSON.stringify(input)?.slice(0, 200)}) was not refused: ${String(outcome)}`,
    );
  }
  return outcome;
}

const HUGE = 'x'.repeat(2_000_001);
const UNKNOWN = 987_654;

describe('every method refuses inputs of the wrong shape', () => {
  it.each(methodNames)('%s', async (method) => {
    for (const input of ['nonsense', 42, [], [{}], { unexpected: true }]) {
      const error = await refusal(method, input);
      expect(error.code, `${method}(${JSON.stringify(input)})`).toBe('invalid-input');
      expect(error.message).toMatch(new RegExp(`^Invalid input for ${method}: .+`));
    }
  });
});

// [method, input, expected code, what the message must say]
const cases: [string, unknown, string, RegExp][] = [
  ['getDocument', { id: -1 }, 'invalid-input', /id/],
  ['getDocument', { id: 1.5 }, 'invalid-input', /id/],
  ['getDocument', { id: '1' }, 'invalid-input', /id/],
  ['getDocument', { id: 2 ** 60 }, 'invalid-input', /id/],
  ['getDocument', { id: UNKNOWN }, 'not-found', /987654/],
  ['updateDocumentMetadata', { id: 1, changes: {} }, 'invalid-input', /no change/],
  ['updateDocumentMetadata', { id: 1, changes: { title: HUGE } }, 'invalid-input', /title/],
  [
    'updateDocumentMetadata',
    { id: 1, changes: { publishedAt: '2025-02-30' } },
    'invalid-input',
    /calendar/,
  ],
  ['updateDocumentMetadata', { id: UNKNOWN, changes: { title: 'x' } }, 'not-found', /987654/],
  ['deleteDocuments', { ids: [] }, 'invalid-input', /ids/],
  ['deleteDocuments', { ids: [UNKNOWN] }, 'not-found', /987654/],
  ['importFiles', { jobId: 'j', files: [] }, 'invalid-input', /files/],
  ['importFiles', { jobId: '', files: [{ name: 'a.txt', size: 1 }] }, 'invalid-input', /jobId/],
  ['importFiles', { jobId: 'j', files: [{ name: 'a.txt', size: -1 }] }, 'invalid-input', /size/],
  ['search', { query: HUGE }, 'invalid-input', /query/],
  ['search', { query: 'mali', limit: 0 }, 'invalid-input', /limit/],
  ['getAlignment', { documentIds: [1, 1] }, 'invalid-input', /itself/],
  ['getAlignment', { documentIds: [1, UNKNOWN] }, 'not-found', /987654/],
  ['getAlignment', { documentIds: [1, 2], mode: 'poetry' }, 'invalid-input', /mode/],
  [
    'setAlignmentCorrections',
    { documentIds: [1, 2], corrections: { links: [{ a: [], b: [] }], rejected: [] } },
    'invalid-input',
    /at least one side/,
  ],
  ['createTag', { name: '' }, 'invalid-input', /name/],
  ['createTag', { name: 'a\nb' }, 'invalid-input', /one line/],
  ['createTag', { name: 'x', color: 'red' }, 'invalid-input', /colour/],
  ['createTag', { name: 'x', parentId: UNKNOWN }, 'not-found', /987654|parent/],
  ['updateTag', { id: UNKNOWN, name: 'y' }, 'not-found', /987654|tag/],
  ['mergeTags', { from: 1, into: 1 }, 'invalid-input', /itself/],
  ['mergeTags', { from: UNKNOWN, into: 1 }, 'not-found', /987654|tag/],
  ['deleteTag', { id: UNKNOWN }, 'not-found', /987654|tag/],
  ['createQuote', { documentId: 1, start: -1, end: 5 }, 'invalid-input', /start/],
  ['createQuote', { documentId: 1, start: 5, end: 2 }, 'invalid-input', /.+/],
  [
    'createQuote',
    { documentId: 1, start: 0, end: 99_999_999 },
    'invalid-input',
    /outside|beyond|length|text/,
  ],
  ['createQuote', { documentId: UNKNOWN, start: 0, end: 5 }, 'not-found', /987654|document/],
  ['createQuote', { documentId: 1, start: 0, end: 5, note: HUGE }, 'invalid-input', /note/],
  ['updateQuote', { id: UNKNOWN, note: 'n' }, 'not-found', /987654|quote/],
  ['deleteQuotes', { ids: [UNKNOWN] }, 'not-found', /987654|quote/],
  ['restoreQuotes', { quotes: [] }, 'invalid-input', /quotes/],
  ['getDocumentQuotes', { documentId: UNKNOWN }, 'not-found', /987654|document/],
  ['listQuotes', { limit: 1_000_000 }, 'invalid-input', /limit/],
  ['listQuotes', { offset: -5 }, 'invalid-input', /offset/],
  ['listQuotes', { filter: { from: '2025-13-01' } }, 'invalid-input', /date/],
  ['getQuoteMatrix', { by: 'colour' }, 'invalid-input', /by/],
  ['exportQuotes', { format: 'xlsx' }, 'invalid-input', /format/],
  ['tagCounterparts', { quoteId: UNKNOWN, documentIds: [2] }, 'not-found', /987654|quote/],
  ['createBriefing', { title: '   ' }, 'invalid-input', /title/],
  ['createBriefing', { title: HUGE }, 'invalid-input', /title/],
  ['getBriefing', { id: UNKNOWN }, 'not-found', /987654/],
  ['updateBriefing', { id: 1 }, 'invalid-input', /no change/],
  [
    'saveBriefingContent',
    { id: 1, content: { root: { type: 'paragraph', version: 1, children: [] } } },
    'invalid-input',
    /content/,
  ],
  [
    'saveBriefingContent',
    {
      id: 1,
      content: {
        root: {
          type: 'root',
          version: 1,
          children: [{ type: 'parallax-citation', version: 1, documentId: -3, quoteUid: null }],
        },
      },
    },
    'invalid-input',
    /content/,
  ],
  [
    'saveBriefingContent',
    { id: UNKNOWN, content: { root: { type: 'root', version: 1, children: [] } } },
    'not-found',
    /987654/,
  ],
  ['duplicateBriefing', { id: UNKNOWN }, 'not-found', /987654/],
  ['deleteBriefing', { id: UNKNOWN }, 'not-found', /987654/],
  ['getBriefingRevision', { id: 1, revisionId: UNKNOWN }, 'not-found', /987654|revision/],
  ['draftBriefingFromTags', { tagIds: [], title: 't' }, 'invalid-input', /at least one tag/],
  ['draftBriefingFromTags', { tagIds: [UNKNOWN], title: 't' }, 'not-found', /987654|tag/],
  ['describeCitations', { documentIds: [-1], quoteUids: [] }, 'invalid-input', /documentIds/],
  ['describeCitations', { documentIds: [], quoteUids: ['<script>'] }, 'invalid-input', /uid/],
  ['checkBriefing', { id: UNKNOWN }, 'not-found', /987654/],
  ['exportBriefing', { id: 1, format: 'docx' }, 'invalid-input', /format/],
  ['exportBriefing', { id: UNKNOWN, format: 'md' }, 'not-found', /987654/],
];

const named = cases.map(([method, input, code, message]) => ({
  name: `${method} ${JSON.stringify(input).slice(0, 90)} → ${code}`,
  method,
  input,
  code,
  message,
}));

describe('specific refusals', () => {
  it.each(named)('$name', async ({ method, input, code, message }) => {
    const error = await refusal(method, input);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('left the case as it was', async () => {
    expect(await databaseDigest(casePath)).toBe(digest);
  });
});

// npm run fuzz -- [--count N] [--seed S] [--keep]: imports thousands of hostile files into a fresh
// case and checks every answer, the database after refusals, and the file's integrity at the end.
// Exits 1 on any violation. A file that blocks the event loop cannot be caught by a timer, so a
// watchdog thread kills the run and names the file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { summaryTable } from '../tests/fuzz/fuzzSummary';
import { runHostileImport } from '../tests/fuzz/hostileImport';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: process.env.npm_config_count ?? '3000' },
    seed: { type: 'string', default: process.env.npm_config_seed ?? '1' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--count N] [--seed S] [--keep]  (integers; N ≥ 1)');
  process.exit(2);
}

/** Longest a single file, or a whole phase, may hold the main thread before it counts as a hang. */
const HANG_SECONDS = 120;
const watchdog = new Worker(
  `const { parentPort } = require('node:worker_threads');
   const { writeSync } = require('node:fs');
   let last = { at: Date.now(), what: 'starting' };
   parentPort.on('message', (what) => { last = { at: Date.now(), what }; });
   setInterval(() => {
     if (Date.now() - last.at < ${HANG_SECONDS * 1000}) return;
     writeSync(2, 'HANG: no progress for ${HANG_SECONDS} s while importing ' + last.what + '\\n');
     process.kill(process.pid, 'SIGKILL');
   }, 1000);`,
  { eval: true },
);
watchdog.unref();

const workDir = await mkdtemp(join(tmpdir(), 'parallax-fuzz-'));
console.log(`fuzz: ${count} files, seed ${seed}, in ${workDir}`);
const report = await runHostileImport({
  seed,
  count,
  workDir,
  hugeLine: 'real',
  longLineChars: 2_000_000,
  // About 500 of the refused files (half of all files are refused) go between two digests.
  digestShare: Math.min(1, 1000 / count),
  fileTimeoutMs: HANG_SECONDS * 1000,
  reanalyse: true,
  onFile(file, done) {
    watchdog.postMessage(`file #${file.index} (${file.kind}, ${JSON.stringify(file.name)})`);
    if (done > 0 && done % 250 === 0) console.log(`  ${done}/${count} uploads`);
  },
  onPhase: (phase) => watchdog.postMessage(phase),
});
console.log(`\n${summaryTable(report)}`);
for (const violation of report.violations.slice(0, 50)) console.log(`VIOLATION ${violation}`);
if (report.violations.length > 50) console.log(`… and ${report.violations.length - 50} more`);
if (values.keep) console.log(`kept ${workDir}`);
else await rm(workDir, { recursive: true, force: true });
await watchdog.terminate();
process.exit(report.violations.length > 0 ? 1 : 0);

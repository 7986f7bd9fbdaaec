#!/usr/bin/env node
// `npm test`: builds the app, then runs every runner (unit, browser end-to-end, Electron) and ends
// with one line summing them all: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
const flaky = [];

/** Titles of the tests that passed only on a retry, from a Playwright JSON report's suites. */
function flakyTitles(suites, path = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === 'flaky'))
      .map((spec) => [...path, suite.title, spec.title].filter(Boolean).join(' › ')),
    ...flakyTitles(suite.suites ?? [], [...path, suite.title]),
  ]);
}

if (run('build', bin('electron-vite'), ['build']) !== 0) {
  problems.push('the build failed');
}

// Electronegativity over the built app: counted as one test, failing on a HIGH or MEDIUM finding.
if (
  run('security scan (Electronegativity over out/)', process.execPath, [
    join(root, 'scripts', 'security-scan.mjs'),
  ]) === 0
) {
  totals.passed += 1;
} else {
  totals.failed += 1;
  problems.push('the security scan found a HIGH or MEDIUM issue (npm run security)');
}

const unitStatus = run('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(results, 'unit.json')}`,
]);
const unit = readJson(join(results, 'unit.json'));
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (!unit || (unitStatus !== 0 && unit.numFailedTests === 0))
  problems.push(`vitest exited with ${unitStatus}`);

for (const [label, config, report] of [
  ['browser end-to-end tests (Playwright, Chromium)', 'tests/e2e/playwright.config.ts', 'e2e.json'],
  [
    'Electron end-to-end tests (Playwright _electron)',
    'tests/electron/playwright.config.ts',
    'electron.json',
  ],
]) {
  if (!existsSync(join(root, config))) continue;
  const status = run(label, bin('playwright'), ['test', '--config', config]);
  const json = readJson(join(results, report));
  const stats = json?.stats;
  if (stats) {
    flaky.push(...flakyTitles(json.suites ?? []));
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  }
  if (!stats || (status !== 0 && stats.unexpected === 0))
    problems.push(`${label} exited with ${status}`);
}

for (const title of flaky) console.warn(`⚠ flaky, passed on its retry: ${title}`);
for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length > 0 && totals.failed === 0) totals.failed = problems.length;
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

#!/usr/bin/env node
// `npm run security`: Electronegativity over the built app (out/), as CI runs it inside `npm test`.
// Fails on any HIGH or MEDIUM finding that is not switched off by a reasoned `eng-disable` comment
// on the line concerned. Offline by construction: AvailableSecurityFixesGlobalCheck (which asks
// the internet for Electron releases) is excluded, and DNS is refused in this process because the
// tool also tries to fetch translations of its messages on every run.
import dns from 'node:dns';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = join(root, 'out');
const FAIL_AT = 2; // MEDIUM

const refuse = (host, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  const error = Object.assign(new Error(`network refused during the security scan: ${host}`), {
    code: 'ENOTFOUND',
  });
  process.nextTick(() => done(error));
};
dns.lookup = refuse;
dns.promises.lookup = async (host) => {
  throw Object.assign(new Error(`network refused during the security scan: ${host}`), {
    code: 'ENOTFOUND',
  });
};

if (!existsSync(join(input, 'main', 'index.js'))) {
  console.error('Nothing to scan: build the app first (npm run build).');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

// Its i18n layer prints a line when the (refused) fetch fails; that line is noise here.
const log = console.log;
console.log = (...args) => {
  if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
};
const result = await run({
  input,
  isRelative: true,
  electronVersionOverride: electronVersion,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  severitySet: 'INFORMATIONAL',
  confidenceSet: 'TENTATIVE',
});
console.log = log;

const failing = result.issues.filter((issue) => issue.severity.value >= FAIL_AT);
const notes = result.issues.filter((issue) => issue.severity.value < FAIL_AT);
const describe = (issue) =>
  `  ${issue.severity.name.padEnd(13)} ${issue.id} in ${issue.file}:${issue.location.line}` +
  `${issue.manualReview ? ' (review)' : ''}\n      ${issue.description}`;

console.log(
  `Electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}over out/: ` +
    `${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings.`,
);
for (const issue of notes) console.log(describe(issue));
for (const error of result.errors.filter((e) => !e.tolerable))
  console.error(`  could not parse ${error.file}: ${error.message}`);
if (failing.length > 0) {
  console.error(`\n${failing.length} HIGH or MEDIUM finding(s):`);
  for (const issue of failing) console.error(describe(issue));
  process.exit(1);
}
console.log('No HIGH or MEDIUM finding.');

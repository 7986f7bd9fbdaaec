// Runs a child script and SIGKILLs it at a chosen moment: a delay after it starts, a delay after it
// says "ready", or right after its n-th line starting with a given word. Collects its stdout lines.
// Children are bundled into one plain JS file first: starting through tsx costs about a second a
// time on a busy machine, and fifty kills need fifty starts.
import { spawn } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';

export type KillMoment =
  | { after: 'start'; ms: number }
  | { after: 'ready'; ms: number }
  | { after: 'line'; word: string; count: number };

export interface KilledRun {
  lines: string[];
  /** The signal that ended the child: 'SIGKILL' unless it exited (or crashed) by itself first. */
  signal: NodeJS.Signals | null;
  exitCode: number | null;
  stderr: string;
  /** Milliseconds from spawn to the kill. */
  killedAtMs: number | null;
}

const REPO = resolve(import.meta.dirname, '../../..');

/** A child still running this long after start was never killed: the test would hang. */
const SAFETY_MS = 30_000;

/**
 * Bundles a TypeScript child script with its imports (npm packages stay external and resolve from
 * the repository's node_modules: the bundle is written under node_modules/.cache). Returns its path.
 */
export async function bundleChild(script: string): Promise<string> {
  const outfile = join(
    REPO,
    'node_modules/.cache/parallax-tests',
    basename(script).replace(/\.ts$/, '.mjs'),
  );
  await build({
    entryPoints: [script],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/** Runs `bundle` (from bundleChild) with `args` and kills it at `moment`. */
export function runAndKill(
  bundle: string,
  args: readonly string[],
  moment: KillMoment,
): Promise<KilledRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [bundle, ...args], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let killedAtMs: number | null = null;
  let seen = 0;
  const kill = (): void => {
    if (killedAtMs !== null || child.exitCode !== null || child.signalCode !== null) return;
    killedAtMs = performance.now() - started;
    child.kill('SIGKILL');
  };
  const timers = [setTimeout(kill, SAFETY_MS)];
  if (moment.after === 'start') timers.push(setTimeout(kill, moment.ms));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (moment.after === 'ready' && line === 'ready') timers.push(setTimeout(kill, moment.ms));
    if (moment.after === 'line' && line.startsWith(`${moment.word} `) && ++seen === moment.count)
      kill();
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    // 'close' comes after the pipes are drained: every line the child wrote has been read.
    child.on('close', (exitCode, signal) => {
      for (const timer of timers) clearTimeout(timer);
      done({ lines, signal, exitCode, stderr, killedAtMs });
    });
  });
}

// Starting the core's worker threads the same way everywhere: from the bundle when built
// (electron-vite emits out/main/<name>.js beside index.js), or from source through a small tsx
// bootstrap (<name>.dev.mjs beside the caller: the CLI, the web mode, tests).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `callerUrl` is the caller's import.meta.url: the bundle's in the app, its own file in source. */
export function spawnWorker(
  callerUrl: string,
  name: string,
  options: WorkerOptions,
): Worker | null {
  for (const script of [`./${name}.js`, `./${name}.dev.mjs`]) {
    const url = new URL(script, callerUrl);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return new Worker(url, options);
  }
  return null;
}

// Starting the core's worker threads the same way everywhere: from the bundle when built
// (electron-vite emits out/main/<name>.js beside index.js), or from source through a small tsx
// bootstrap (<name>.dev.mjs beside the caller: the CLI, the web mode, tests). In the packaged app
// the bundle sits in app.asar, and the workers (with the chunks they import) are unpacked beside it
// (electron-builder.json's asarUnpack): a worker thread is started from the real file.
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `callerUrl` is the caller's import.meta.url: the bundle's in the app, its own file in source. */
export function spawnWorker(
  callerUrl: string,
  name: string,
  options: WorkerOptions,
): Worker | null {
  for (const script of [`./${name}.js`, `./${name}.dev.mjs`]) {
    const url = new URL(script, callerUrl);
    if (url.protocol !== 'file:') continue;
    const unpacked = unpackedPath(fileURLToPath(url));
    if (existsSync(unpacked)) return new Worker(pathToFileURL(unpacked), options);
  }
  return null;
}

/** A path inside app.asar as electron-builder unpacks it (app.asar.unpacked); others unchanged. */
export function unpackedPath(path: string, separator: string = sep): string {
  const packed = `${separator}app.asar${separator}`;
  const at = path.lastIndexOf(packed);
  if (at < 0) return path;
  return `${path.slice(0, at)}${separator}app.asar.unpacked${separator}${path.slice(at + packed.length)}`;
}

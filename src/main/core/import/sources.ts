// Where imported bytes come from: files the renderer read (drag-and-drop, pickers) or paths on disk
// (the CLI, the native menu). Folders expand to the files inside them.
import type { Stats } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ImportSource {
  /** What the report calls the file: the path as given (or found in a given folder), or its name. */
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
  /** Set when the file could not even be looked at (the reason is reported as is). */
  readError?: string;
}

export interface UploadedFile {
  name: string;
  size: number;
  bytes?: Uint8Array | undefined;
  readError?: string | undefined;
}

export function sourcesFromUploads(files: readonly UploadedFile[]): ImportSource[] {
  return files.map((file) => ({
    name: file.name,
    size: file.bytes?.byteLength ?? file.size,
    read: async () => {
      if (!file.bytes) throw new Error(file.readError ?? 'the file was not sent');
      return file.bytes;
    },
    ...(file.readError !== undefined ? { readError: file.readError } : {}),
  }));
}

function unreadable(name: string, error: unknown): ImportSource {
  const message = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return {
    name,
    size: 0,
    read: () => Promise.reject(error),
    readError: `The file cannot be read (${message}).`,
  };
}

function fileSource(path: string, size: number): ImportSource {
  return { name: path, size, read: async () => new Uint8Array(await readFile(path)) };
}

/** Files under `root`, depth first in name order; hidden files and folders (".git") are skipped. */
async function walkFolder(folder: string, out: ImportSource[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    out.push(unreadable(folder, error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed: a link cycle must not hang an import.
    if (entry.isDirectory()) await walkFolder(path, out);
    else if (entry.isFile()) out.push(fileSource(path, (await stat(path)).size));
    else if (entry.isSymbolicLink()) {
      const target = await statOrError(path);
      if (target instanceof Error) out.push(unreadable(path, target));
      else if (target.isFile()) out.push(fileSource(path, target.size));
    }
  }
}

const statOrError = (path: string): Promise<Stats | Error> =>
  stat(path).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));

export async function sourcesFromPaths(paths: readonly string[]): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const path of paths) {
    const info = await statOrError(path);
    if (info instanceof Error) sources.push(unreadable(path, info));
    else if (info.isDirectory()) await walkFolder(path, sources);
    else sources.push(fileSource(path, info.size));
  }
  return sources;
}

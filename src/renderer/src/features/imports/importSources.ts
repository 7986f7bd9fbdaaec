// Turns what the user dropped or picked into a flat list of files with recognisable names.
// Folders are walked with the File System entries API; nothing is read yet.

export interface ImportSource {
  /** File name, or its path relative to the dropped or picked folder. */
  name: string;
  file: File | null;
  size: number;
  readError?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

function relativeName(entry: FileSystemEntry): string {
  return entry.fullPath.replace(/^\/+/, '') || entry.name;
}

function isHidden(entry: FileSystemEntry): boolean {
  return entry.name.startsWith('.');
}

function fileOf(entry: FileSystemFileEntry): Promise<ImportSource> {
  const name = relativeName(entry);
  return new Promise((resolve) => {
    entry.file(
      (file) => resolve({ name, file, size: file.size }),
      (error) => resolve({ name, file: null, size: 0, readError: describe(error) }),
    );
  });
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns at most ~100 entries per call: call until it returns none.
  for (;;) {
    const batch = await readBatch(reader);
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return children.sort((a, b) => a.name.localeCompare(b.name));
}

async function walk(
  entry: FileSystemEntry,
  insideFolder: boolean,
  out: ImportSource[],
): Promise<void> {
  // Hidden files inside a folder (.DS_Store, .git…) are not something the user meant to import.
  if (insideFolder && isHidden(entry)) return;
  if (entry.isFile) {
    out.push(await fileOf(entry as FileSystemFileEntry));
    return;
  }
  if (!entry.isDirectory) return;
  let children: FileSystemEntry[];
  try {
    children = await childrenOf(entry as FileSystemDirectoryEntry);
  } catch (error) {
    out.push({ name: `${relativeName(entry)}/`, file: null, size: 0, readError: describe(error) });
    return;
  }
  for (const child of children) await walk(child, true, out);
}

/** Must be called during the drop event: the items are only readable then. */
export function sourcesFromDrop(dataTransfer: DataTransfer): Promise<ImportSource[]> {
  const roots: (FileSystemEntry | File)[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    const file = entry ? null : item.getAsFile();
    if (entry) roots.push(entry);
    else if (file) roots.push(file);
  }
  if (roots.length === 0) roots.push(...Array.from(dataTransfer.files));

  return (async () => {
    const out: ImportSource[] = [];
    for (const root of roots) {
      if (root instanceof File) out.push({ name: root.name, file: root, size: root.size });
      else await walk(root, false, out);
    }
    return out;
  })();
}

export function sourcesFromFileList(files: FileList): ImportSource[] {
  return Array.from(files)
    .filter((file) => !file.webkitRelativePath.split('/').some((part) => part.startsWith('.')))
    .map((file) => ({ name: file.webkitRelativePath || file.name, file, size: file.size }));
}

// Where a case file lives decides how it may be opened: a read-only medium (a write-protected
// drive, a read-only mount, a file without write permission) opens read-only; a network share
// works but risks damage if the connection drops mid-write, so the user is warned.
import { constants } from 'node:fs';
import { access, open, readFile, realpath } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface CaseStorage {
  readOnly: boolean;
  network: boolean;
  /** A sentence for the user, or null when there is nothing to say. */
  warning: string | null;
}

/** File systems reached over a network, as Linux names them in /proc/mounts. */
const NETWORK_FILESYSTEMS = new Set([
  '9p',
  'afs',
  'ceph',
  'cifs',
  'davfs',
  'fuse.rclone',
  'fuse.sshfs',
  'glusterfs',
  'ncpfs',
  'nfs',
  'nfs4',
  'smb3',
  'smbfs',
  'sshfs',
]);

export function isNetworkFilesystem(type: string): boolean {
  return NETWORK_FILESYSTEMS.has(type.toLowerCase());
}

/** The file system type of the mount holding `path`, from the text of /proc/mounts. */
export function mountTypeOf(path: string, mounts: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    // /proc/mounts escapes spaces and the like as octal (\040).
    const point = rawPoint.replace(/\\([0-7]{3})/g, (_m, code: string) =>
      String.fromCharCode(parseInt(code, 8)),
    );
    const inside = point === '/' || path === point || path.startsWith(`${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = { point, type };
  }
  return best?.type ?? null;
}

/** A Windows UNC path (\\server\share\…) is on the network whatever maps it. */
export function isUncPath(path: string): boolean {
  return /^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(path);
}

async function writable(path: string, exists: boolean): Promise<boolean> {
  try {
    if (exists) {
      // Opening for writing is the real test: it sees read-only mounts (EROFS) as well as modes.
      const handle = await open(path, 'r+');
      await handle.close();
    } else {
      await access(dirname(path), constants.W_OK);
    }
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return false;
    throw error;
  }
}

export async function probeCaseStorage(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<CaseStorage> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  const readOnly = !(await writable(path, exists));
  let network = isUncPath(path);
  if (!network && platform === 'linux') {
    const real = await realpath(exists ? path : dirname(path)).catch(() => path);
    const mounts = await readFile('/proc/mounts', 'utf8').catch(() => '');
    const type = mountTypeOf(real, mounts);
    network = type !== null && isNetworkFilesystem(type);
  }
  const warnings: string[] = [];
  if (readOnly) {
    warnings.push(
      'This case is on a read-only medium or its file is write-protected, so it is open read-only: you can read, search and export, but not change anything. Copy it to a writable folder to work on it.',
    );
  }
  if (network) {
    warnings.push(
      'This case is on a network share. If the connection drops while Parallax writes, the file can be damaged; copy it to this computer to work on it, and back to share it.',
    );
  }
  return { readOnly, network, warning: warnings.length > 0 ? warnings.join(' ') : null };
}

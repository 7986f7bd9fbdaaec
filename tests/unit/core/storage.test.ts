// Where a case lives: read-only storage opens read-only (reads work, every change is refused and
// the file is not touched, not even a WAL beside it); a network share is named; a real read-only
// mount is detected where this machine lets the test make one.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../src/main/core/case';
import { openSqlite3 } from '../../../src/main/core/db/driver';
import { migrate } from '../../../src/main/core/db/migrations';
import { sourcesFromUploads } from '../../../src/main/core/import/sources';
import {
  isNetworkFilesystem,
  isUncPath,
  mountTypeOf,
  probeCaseStorage,
} from '../../../src/main/core/storage';
import type { DocumentId } from '../../../src/shared/domain';
import { ParallaxError } from '../../../src/shared/errors';
import { seedFiles, tempCasePath, tempDir } from '../helpers/temp';

const READ_ONLY = { readOnly: true, network: false, warning: 'read-only storage' };
const fileHash = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

async function caseWithSeeds(): Promise<string> {
  const path = await tempCasePath();
  const parallaxCase = await ParallaxCase.open(path);
  const seeds = await seedFiles();
  await parallaxCase.importSources(
    'seeds',
    sourcesFromUploads(seeds.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes }))),
  );
  await parallaxCase.tags.create({ name: 'Sahel' });
  await parallaxCase.close();
  return path;
}

describe('mounts and paths', () => {
  const mounts = [
    'proc /proc proc rw 0 0',
    '/dev/sda1 / ext4 rw 0 0',
    'server:/export /mnt/cases nfs4 rw 0 0',
    '//nas/share /mnt/cases/my\\040share cifs rw 0 0',
  ].join('\n');

  it('finds the mount holding a path (the longest match, octal escapes read)', () => {
    expect(mountTypeOf('/home/me/case.parallax', mounts)).toBe('ext4');
    expect(mountTypeOf('/mnt/cases/a.parallax', mounts)).toBe('nfs4');
    expect(mountTypeOf('/mnt/cases/my share/a.parallax', mounts)).toBe('cifs');
    expect(mountTypeOf('/mnt/casesX/a.parallax', mounts)).toBe('ext4');
  });

  it('knows network file systems and UNC paths', () => {
    expect(['nfs', 'NFS4', 'cifs', 'fuse.sshfs'].map(isNetworkFilesystem)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['ext4', 'tmpfs', 'apfs'].map(isNetworkFilesystem)).toEqual([false, false, false]);
    expect(isUncPath('\\\\nas\\share\\case.parallax')).toBe(true);
    expect(isUncPath('C:\\cases\\case.parallax')).toBe(false);
  });

  it('sees an ordinary folder as writable and local, with nothing to warn about', async () => {
    expect(await probeCaseStorage(await tempCasePath())).toEqual({
      readOnly: false,
      network: false,
      warning: null,
    });
  });
});

describe('a case on read-only storage', () => {
  it('reads, searches and exports; refuses every change; leaves the file and its folder as they were', async () => {
    const path = await caseWithSeeds();
    const before = await fileHash(path);
    const folderBefore = (await readdir(join(path, '..'))).sort();
    const parallaxCase = await ParallaxCase.open(path, undefined, { storage: READ_ONLY });
    expect(await parallaxCase.info(false)).toMatchObject({
      readOnly: true,
      storageWarning: 'read-only storage',
      documentCount: 5,
    });
    expect((await parallaxCase.search('مالي')).hits.length).toBeGreaterThan(0);
    expect((await parallaxCase.getDocument(1 as DocumentId)).text.length).toBeGreaterThan(0);
    expect((await parallaxCase.exportQuotes('csv')).content).toContain('quote_uid');

    const refusals = [
      () => parallaxCase.tags.create({ name: 'New' }),
      () => parallaxCase.updateMetadata(1 as DocumentId, { title: 'Changed' }),
      () => parallaxCase.deleteDocuments([1 as DocumentId]),
      () => parallaxCase.briefings.create({ title: 'Note' }),
      () =>
        parallaxCase.importSources(
          'more',
          sourcesFromUploads([
            { name: 'a.txt', size: 5, bytes: new TextEncoder().encode('Hello') },
          ]),
        ),
    ];
    for (const attempt of refusals) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ParallaxError);
      expect((error as ParallaxError).code).toBe('forbidden');
      expect((error as ParallaxError).message).toMatch(/read-only/);
    }
    await parallaxCase.close();
    expect(await fileHash(path)).toBe(before);
    // No WAL, no shared memory, no backup folder appeared beside it.
    expect((await readdir(join(path, '..'))).sort()).toEqual(folderBefore);
  });

  it('refuses a case from an older Parallax, which it could not upgrade, and says why', async () => {
    const path = await tempCasePath();
    const old = await openSqlite3(path);
    await old.exec(`PRAGMA application_id = ${0x50524c58}`);
    await migrate(old, 10);
    await old.close();
    const error = await ParallaxCase.open(path, undefined, { storage: READ_ONLY }).catch(
      (e: unknown) => e,
    );
    expect((error as ParallaxError).message).toMatch(
      /older Parallax and must be upgraded, which needs write access/,
    );
  });

  it('is detected on a real read-only mount (where this machine allows mounting)', async (context) => {
    const source = await caseWithSeeds();
    const mountPoint = join(await tempDir(), 'ro');
    await mkdir(mountPoint);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint], {
        stdio: 'ignore',
      });
    } catch {
      context.skip('mounting a file system is not permitted on this machine');
    }
    try {
      const path = join(mountPoint, 'case.parallax');
      await copyFile(source, path);
      execFileSync('mount', ['-o', 'remount,ro', mountPoint], { stdio: 'ignore' });
      const storage = await probeCaseStorage(path);
      expect(storage.readOnly).toBe(true);
      expect(storage.warning).toMatch(/open read-only/);
      const parallaxCase = await ParallaxCase.open(path);
      expect((await parallaxCase.info(false)).readOnly).toBe(true);
      expect((await parallaxCase.listDocuments()).length).toBe(5);
      await expect(parallaxCase.tags.create({ name: 'x' })).rejects.toThrow(/read-only/);
      await parallaxCase.close();
    } finally {
      execFileSync('umount', [mountPoint], { stdio: 'ignore' });
      await rm(mountPoint, { recursive: true, force: true });
    }
  });
});

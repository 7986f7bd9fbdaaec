// `parallax backup list | create | check | restore`: the case's snapshots from a terminal. list,
// check and restore work on the file itself without opening it as a case, so they still work
// when the case is damaged (which is when they are needed).
import { basename, join } from 'node:path';
import type { ParallaxCase } from '../core/case';
import {
  backupFolder,
  checkIntegrity,
  listBackups,
  newestGoodBackup,
  restoreBackup,
  type BackupEntry,
} from '../core/backup/backups';
import { UsageError } from './usage';

type Print = (text: string) => void;

const describe = (entry: BackupEntry) =>
  `${entry.createdAt}  ${entry.reason.padEnd(9)} ${(entry.bytes / 1024).toFixed(0).padStart(8)} KB  ${entry.fileName}`;

const shape = (entry: BackupEntry) => ({
  fileName: entry.fileName,
  path: entry.path,
  createdAt: entry.createdAt,
  reason: entry.reason,
  bytes: entry.bytes,
});

/** Subcommands that need the case open (create), and those that must not open it. */
export function backupCommand(print: Print) {
  return {
    options: { newest: { type: 'boolean' as const, default: false } },

    /** Runs before the case is opened; returns null when the subcommand needs it open. */
    async runWithoutCase(
      casePath: string,
      positionals: string[],
      values: Record<string, unknown>,
    ): Promise<number | null> {
      const [action, name] = positionals;
      const json = values.json === true;
      if (action === 'list') {
        const entries = await listBackups(casePath);
        if (json) print(JSON.stringify(entries.map(shape), null, 2));
        else if (entries.length === 0) print(`No backups in ${backupFolder(casePath)}.`);
        else for (const entry of entries) print(describe(entry));
        return 0;
      }
      if (action === 'check') {
        const integrity = await checkIntegrity(casePath);
        const backup = integrity === 'ok' ? null : await newestGoodBackup(casePath);
        if (json) print(JSON.stringify({ integrity, newestGoodBackup: backup && shape(backup) }));
        else if (integrity === 'ok') print(`${basename(casePath)}: ok`);
        else {
          print(`${basename(casePath)} is damaged: ${integrity}`);
          print(
            backup
              ? `Newest good backup: ${backup.fileName} (${backup.createdAt}). Restore it with: parallax backup restore --case ${casePath} --newest`
              : 'No good backup was found.',
          );
        }
        return integrity === 'ok' ? 0 : 1;
      }
      if (action === 'restore') {
        const chosen = values.newest === true ? await newestGoodBackup(casePath) : null;
        if (values.newest === true && !chosen) {
          throw new UsageError(`There is no good backup of ${casePath} to restore.`);
        }
        if (!chosen && !name) {
          throw new UsageError(
            'backup restore needs a backup file name (see backup list) or --newest.',
          );
        }
        const path = chosen?.path ?? join(backupFolder(casePath), basename(name ?? ''));
        const known = (await listBackups(casePath)).some((entry) => entry.path === path);
        if (!known)
          throw new UsageError(
            `${basename(path)} is not a backup of ${casePath} (see backup list).`,
          );
        const { replaced } = await restoreBackup(path, casePath);
        if (json) print(JSON.stringify({ restored: basename(path), replaced }));
        else {
          print(`Restored ${basename(path)} into ${casePath}.`);
          if (replaced) print(`The file it replaced is kept as ${replaced}.`);
        }
        return 0;
      }
      if (action === 'create') return null;
      throw new UsageError(
        `backup needs list, create, check or restore, not ${JSON.stringify(action ?? '')}.`,
      );
    },

    async run(parallaxCase: ParallaxCase, _positionals: string[], values: Record<string, unknown>) {
      const entry = await parallaxCase.backupNow();
      if (values.json === true) print(JSON.stringify(shape(entry)));
      else print(`Backed up to ${entry.path}`);
    },
  };
}

// The CLI's commands. Each prints JSON (stable field names, see usage.ts) or a readable table.
import { randomUUID } from 'node:crypto';
import type { DocumentId, ImportItem } from '../../shared/domain';
import type { ParallaxCase } from '../core/case';
import { sourcesFromPaths } from '../core/import/sources';
import { parseModeRequest, printAlignment } from './align';
import { backupCommand } from './backups';
import { briefingCommand, exportCommand } from './briefings';
import { quoteCommand, tagCommand } from './quotes';
import { UsageError } from './usage';

type OptionSpec = { type: 'string' | 'boolean'; default?: boolean | string; multiple?: boolean };

export interface CliCommand {
  options: Record<string, OptionSpec>;
  /**
   * Runs first, on the case's path, without opening it (for work on a damaged or closed case);
   * returns the exit code when it did the whole job, null to go on with `run` on the open case.
   */
  runWithoutCase?(
    casePath: string,
    positionals: string[],
    values: Record<string, unknown>,
  ): Promise<number | null>;
  run(
    parallaxCase: ParallaxCase,
    positionals: string[],
    values: Record<string, unknown>,
  ): Promise<void>;
}

const print = (text: string): void => void process.stdout.write(`${text}\n`);
const printJson = (value: unknown): void => print(JSON.stringify(value, null, 2));

/** Keeps columns lined up without letting a long Arabic title push the rest off screen. */
const cell = (value: string | number | null, width: number): string => {
  const text = value === null ? '—' : String(value);
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
};

function parseDocumentId(raw: string | undefined): DocumentId {
  const id = Number(raw);
  if (raw === undefined || !Number.isInteger(id) || id <= 0) {
    throw new UsageError(
      `Expected a document id (a positive whole number), got ${JSON.stringify(raw ?? '')}.`,
    );
  }
  return id as DocumentId;
}

const importCommand: CliCommand = {
  options: {},
  async run(parallaxCase, paths, values) {
    if (paths.length === 0) throw new UsageError('import needs at least one file or folder.');
    const sources = await sourcesFromPaths(paths);
    const report = await parallaxCase.importSources(randomUUID(), sources);
    const items = report.items.map((item: ImportItem) => ({
      file: item.file,
      status: item.status,
      reason: item.reason,
      documentId: item.documentId,
      language: item.language,
      title: item.title,
    }));
    if (values.json) {
      printJson(items);
      return;
    }
    for (const item of items) {
      print(
        `${cell(item.status, 9)} ${cell(item.documentId, 6)} ${item.file}${item.reason ? ` — ${item.reason}` : ''}`,
      );
    }
    const count = (status: string): number => items.filter((i) => i.status === status).length;
    print(
      `${count('imported')} imported, ${count('duplicate')} duplicate, ${count('rejected')} rejected.`,
    );
  },
};

const listCommand: CliCommand = {
  options: { language: { type: 'string' }, outlet: { type: 'string' } },
  async run(parallaxCase, _positionals, values) {
    const documents = await parallaxCase.listDocuments(
      {
        language: values.language as string | undefined,
        outlet: values.outlet as string | undefined,
      },
      { key: 'importedAt', descending: false },
    );
    if (values.json) {
      printJson(
        documents.map((d) => ({
          id: d.id,
          fileName: d.fileName,
          title: d.title,
          outlet: d.outlet,
          publishedAt: d.publishedAt,
          language: d.language,
          encoding: d.encoding,
          bytes: d.bytes,
        })),
      );
      return;
    }
    print(`${cell('id', 6)} ${cell('lang', 4)} ${cell('date', 10)} ${cell('outlet', 14)} title`);
    for (const d of documents) {
      print(
        `${cell(d.id, 6)} ${cell(d.language, 4)} ${cell(d.publishedAt, 10)} ${cell(d.outlet, 14)} ${d.title}`,
      );
    }
  },
};

const showCommand: CliCommand = {
  options: {},
  async run(parallaxCase, positionals, values) {
    const document = await parallaxCase.getDocument(parseDocumentId(positionals[0]));
    if (values.json) {
      printJson(document);
      return;
    }
    print(
      `${document.title}\n${document.outlet ?? '—'} · ${document.publishedAt ?? '—'} · ${document.language} · ${document.fileName}\n`,
    );
    print(document.text);
  },
};

const searchCommand: CliCommand = {
  options: {
    limit: { type: 'string' },
    'include-boilerplate': { type: 'boolean', default: false },
  },
  async run(parallaxCase, positionals, values) {
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('search needs a query.');
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 500)) {
      throw new UsageError('--limit must be a whole number from 1 to 500.');
    }
    const results = await parallaxCase.search(query, {
      limit,
      includeBoilerplate: values['include-boilerplate'] === true,
    });
    if (values.json) {
      printJson(
        results.hits.map((h) => ({
          documentId: h.documentId,
          start: h.start,
          end: h.end,
          snippet: h.snippet,
        })),
      );
      return;
    }
    for (const hit of results.hits)
      print(`[${hit.documentId}:${hit.start}-${hit.end}] ${hit.snippet}`);
    print(
      `${results.hits.length} sentence(s)${results.truncated ? ' (more matched; use --limit)' : ''}.`,
    );
  },
};

const alignCommand: CliCommand = {
  options: { mode: { type: 'string' }, recompute: { type: 'boolean', default: false } },
  async run(parallaxCase, positionals, values) {
    if (positionals.length !== 2) {
      throw new UsageError('align needs two document ids: parallax align --case FILE ID_A ID_B.');
    }
    const ids: [DocumentId, DocumentId] = [
      parseDocumentId(positionals[0]),
      parseDocumentId(positionals[1]),
    ];
    await printAlignment(
      parallaxCase,
      ids,
      {
        mode: parseModeRequest(values.mode),
        recompute: values.recompute === true,
        json: values.json === true,
      },
      print,
    );
  },
};

export const commands: Record<string, CliCommand | undefined> = {
  import: importCommand,
  list: listCommand,
  show: showCommand,
  search: searchCommand,
  align: alignCommand,
  tag: tagCommand(print),
  quote: quoteCommand(print),
  briefing: briefingCommand(print),
  export: exportCommand(print),
  backup: backupCommand(print),
};

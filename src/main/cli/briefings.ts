// `parallax briefing …` and `parallax export …`: briefings from a terminal, with the app's own
// validation (a refused call exits non-zero and stores nothing) and stable JSON.
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { contract } from '../../shared/contract';
import type {
  BriefingExportFormat,
  BriefingId,
  BriefingSource,
  BriefingSummary,
  TagId,
} from '../../shared/domain';
import { ParallaxError } from '../../shared/errors';
import { briefingOutline } from '../core/briefings/outline';
import type { PdfPrinter } from '../core/export/printer';
import type { CliCommand } from './commands';
import { findTag } from './quotes';
import { UsageError } from './usage';

type Print = (text: string) => void;

function parseBriefingId(raw: string | undefined): BriefingId {
  const id = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id <= 0) {
    throw new UsageError(
      `Expected a briefing id (a positive whole number), got ${JSON.stringify(raw ?? '')}.`,
    );
  }
  return id as BriefingId;
}

/** The fields of a summary, in a fixed order: scripts rely on them. */
function summaryJson(summary: BriefingSummary) {
  return {
    id: summary.id,
    uid: summary.uid,
    title: summary.title,
    author: summary.author,
    handling: summary.handling,
    language: summary.language,
    createdAt: summary.createdAt,
    updatedAt: summary.updatedAt,
    citationCount: summary.citationCount,
  };
}

function sourceLine(source: BriefingSource): string {
  if (!source.exists) return `[${source.number}] ${source.title} (document ${source.documentId})`;
  const parts = [
    source.outlet,
    source.title,
    source.publishedAt,
    source.language,
    source.fileName,
    source.fingerprint,
  ].filter((part): part is string => part !== null && part !== '');
  return `[${source.number}] ${parts.join(' · ')}`;
}

/** Checks input with the contract's own schema, so the CLI refuses what the app refuses. */
function draftInput(tagIds: TagId[], title: unknown): { tagIds: TagId[]; title: string } {
  const parsed = contract.draftBriefingFromTags.input.safeParse({ tagIds, title });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'Invalid input.');
  return { tagIds: parsed.data.tagIds as TagId[], title: parsed.data.title };
}

export function briefingCommand(print: Print): CliCommand {
  return {
    options: { 'from-tag': { type: 'string', multiple: true }, title: { type: 'string' } },
    async run(parallaxCase, positionals, values) {
      const [action, ...rest] = positionals;
      const json = values.json === true;
      switch (action) {
        case 'list': {
          if (rest.length > 0)
            throw new UsageError(`Unexpected argument ${JSON.stringify(rest[0])}.`);
          const briefings = await parallaxCase.briefings.list();
          if (json) {
            print(JSON.stringify(briefings.map(summaryJson), null, 2));
            return;
          }
          for (const b of briefings) {
            print(
              `${String(b.id).padStart(5)}  ${b.updatedAt.slice(0, 16)}  ${String(b.citationCount).padStart(4)}  ${b.title}`,
            );
          }
          return;
        }
        case 'show': {
          if (rest.length !== 1) throw new UsageError('briefing show needs one briefing ID.');
          const view = await parallaxCase.briefings.view(parseBriefingId(rest[0]));
          const { content, ...summary } = view.briefing;
          if (json) {
            print(
              JSON.stringify({ ...summaryJson(summary), sources: view.sources, content }, null, 2),
            );
            return;
          }
          const byline = [summary.author, summary.handling, summary.language].filter(Boolean);
          print(`${summary.title}\n${byline.join(' · ')}\n`);
          print(briefingOutline(content));
          if (view.sources.length > 0)
            print(`\nSources\n${view.sources.map(sourceLine).join('\n')}`);
          return;
        }
        case 'draft': {
          if (rest.length > 0)
            throw new UsageError(`Unexpected argument ${JSON.stringify(rest[0])}.`);
          const names = (values['from-tag'] as string[] | undefined) ?? [];
          if (names.length === 0) throw new UsageError('briefing draft needs --from-tag NAME.');
          if (values.title === undefined)
            throw new UsageError('briefing draft needs --title TEXT.');
          const tags = await parallaxCase.tags.list();
          const input = draftInput(
            names.map((name) => findTag(tags, name).id),
            values.title,
          );
          const briefing = await parallaxCase.briefings.draftFromTags(input.tagIds, input.title);
          print(
            json
              ? JSON.stringify({ id: briefing.id }, null, 2)
              : `Briefing ${briefing.id}: “${briefing.title}” (${briefing.citationCount} citation(s)).`,
          );
          return;
        }
        default:
          throw new UsageError('briefing needs one of: list, show, draft.');
      }
    },
  };
}

/** Writes beside the target then renames, so a failed export never leaves half a file behind. */
async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ParallaxError(
      'invalid-input',
      `Cannot write ${path} (${reason}); nothing was written.`,
    );
  }
}

/** HTML and Markdown print nothing: a printer that would say so if it were ever asked. */
const noPrinter: PdfPrinter = {
  printPdf: () => Promise.reject(new ParallaxError('internal', 'No PDF printer for this export.')),
  close: async () => undefined,
};

const FORMAT_OPTIONS: readonly BriefingExportFormat[] = ['pdf', 'html', 'md'];

export function exportCommand(print: Print): CliCommand {
  return {
    options: { pdf: { type: 'string' }, html: { type: 'string' }, md: { type: 'string' } },
    async run(parallaxCase, positionals, values) {
      if (positionals.length !== 1) {
        throw new UsageError(
          'export needs one briefing ID: parallax export --case FILE ID --pdf OUT.pdf.',
        );
      }
      const chosen = FORMAT_OPTIONS.filter((format) => values[format] !== undefined);
      const format = chosen[0];
      if (chosen.length !== 1 || format === undefined) {
        throw new UsageError(
          'export needs exactly one of --pdf OUT.pdf, --html OUT.html, --md OUT.md.',
        );
      }
      const target = String(values[format]);
      if (target.trim() === '') throw new UsageError(`--${format} needs a file path.`);
      const id = parseBriefingId(positionals[0]);
      // Playwright is loaded only for a PDF: the other formats start as fast as any command.
      const printer =
        format === 'pdf'
          ? (await import('../core/export/chromiumPrinter')).createChromiumPrinter()
          : noPrinter;
      try {
        const file = await parallaxCase.briefings.export(id, format, printer);
        const path = resolve(target);
        await writeFileAtomically(path, file.bytes);
        print(
          values.json === true
            ? JSON.stringify(
                {
                  path,
                  bytes: file.bytes.byteLength,
                  mimeType: file.mimeType,
                  fileName: file.fileName,
                },
                null,
                2,
              )
            : `Wrote ${path} (${file.bytes.byteLength} bytes).`,
        );
      } finally {
        await printer.close();
      }
    },
  };
}

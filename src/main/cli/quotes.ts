// `parallax tag …` and `parallax quote …`: the tag tree and quotes from a terminal, with the same
// validation as the app (a refused call exits non-zero and stores nothing).
import type { DocumentId, Quote, Tag, TagId } from '../../shared/domain';
import { ParallaxError } from '../../shared/errors';
import { tagPaths } from '../core/quotes/export';
import type { CliCommand } from './commands';
import { UsageError } from './usage';

type Print = (text: string) => void;

/** "Parent › Child" or "Parent/Child" reach a nested tag; a bare name must be unambiguous. */
export function findTag(tags: readonly Tag[], name: string): Tag {
  const paths = tagPaths(tags);
  const wanted = name
    .normalize('NFC')
    .trim()
    .replace(/\s*(›|\/)\s*/g, ' › ');
  const byPath = tags.filter((t) => paths.get(t.id) === wanted);
  if (byPath.length === 1) return byPath[0] as Tag;
  const byName = tags.filter((t) => t.name === wanted);
  if (byName.length === 1) return byName[0] as Tag;
  if (byName.length > 1) {
    throw new ParallaxError(
      'invalid-input',
      `Several tags are named “${wanted}”: give the path, e.g. ${byName.map((t) => `“${paths.get(t.id)}”`).join(' or ')}.`,
    );
  }
  throw new ParallaxError('not-found', `There is no tag “${wanted}”.`);
}

const wholeNumber = (raw: unknown, option: string): number => {
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isSafeInteger(value) || value < 0) {
    throw new UsageError(
      `${option} must be a whole number (0 or more), got ${JSON.stringify(raw ?? '')}.`,
    );
  }
  return value;
};

function quoteJson(quote: Quote, names: Map<number, string>) {
  return {
    id: quote.id,
    documentId: quote.documentId,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    prefix: quote.prefix,
    suffix: quote.suffix,
    note: quote.note,
    tags: quote.tagIds.map((id) => names.get(id) ?? ''),
  };
}

export function tagCommand(print: Print): CliCommand {
  return {
    options: { parent: { type: 'string' } },
    async run(parallaxCase, positionals, values) {
      const [action, ...names] = positionals;
      const tags = await parallaxCase.tags.list();
      const json = values.json === true;
      const show = (tag: Tag): void =>
        print(json ? JSON.stringify(tag, null, 2) : `${tag.id}\t${tag.name}`);
      switch (action) {
        case 'add': {
          if (names.length !== 1)
            throw new UsageError('tag add needs one NAME (quote it if it has spaces).');
          const parent = typeof values.parent === 'string' ? findTag(tags, values.parent) : null;
          show(
            await parallaxCase.tags.create({
              name: names[0] as string,
              parentId: parent?.id ?? null,
            }),
          );
          return;
        }
        case 'list': {
          const paths = tagPaths(tags);
          if (json) {
            print(
              JSON.stringify(
                tags.map((t) => ({ ...t, path: paths.get(t.id) })),
                null,
                2,
              ),
            );
            return;
          }
          for (const tag of tags)
            print(`${String(tag.quoteCount).padStart(6)}  ${paths.get(tag.id)}`);
          return;
        }
        case 'rename': {
          if (names.length !== 2) throw new UsageError('tag rename needs OLD and NEW names.');
          show(
            await parallaxCase.tags.update(findTag(tags, names[0] as string).id, {
              name: names[1],
            }),
          );
          return;
        }
        case 'merge': {
          if (names.length !== 2) throw new UsageError('tag merge needs FROM and INTO names.');
          const from = findTag(tags, names[0] as string);
          const into = findTag(tags, names[1] as string);
          if (from.id === into.id) throw new UsageError('A tag cannot be merged into itself.');
          const result = await parallaxCase.tags.merge(from.id, into.id);
          print(
            json
              ? JSON.stringify(result, null, 2)
              : `${result.moved} quote(s) now under ${into.name}.`,
          );
          return;
        }
        case 'delete': {
          if (names.length !== 1) throw new UsageError('tag delete needs one NAME.');
          const result = await parallaxCase.tags.delete(findTag(tags, names[0] as string).id);
          print(
            json
              ? JSON.stringify(result, null, 2)
              : `Deleted; ${result.untagged} quote(s) left untagged.`,
          );
          return;
        }
        default:
          throw new UsageError('tag needs one of: add, list, rename, merge, delete.');
      }
    },
  };
}

export function quoteCommand(print: Print): CliCommand {
  return {
    options: {
      doc: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      tag: { type: 'string', multiple: true },
      note: { type: 'string' },
    },
    async run(parallaxCase, positionals, values) {
      const [action, ...rest] = positionals;
      if (rest.length > 0) throw new UsageError(`Unexpected argument ${JSON.stringify(rest[0])}.`);
      const tags = await parallaxCase.tags.list();
      const names = tagPaths(tags);
      const tagOptions = (values.tag as string[] | undefined) ?? [];
      if (action === 'add') {
        if (values.doc === undefined) throw new UsageError('quote add needs --doc ID.');
        const documentId = wholeNumber(values.doc, '--doc');
        if (documentId === 0) throw new UsageError('--doc must be a document id (1 or more).');
        // Known tags by name or path; unknown names become new tags, as typing one in the app does.
        const known: TagId[] = [];
        const created: string[] = [];
        for (const name of tagOptions) {
          try {
            known.push(findTag(tags, name).id);
          } catch (error) {
            if (error instanceof ParallaxError && error.code === 'not-found') created.push(name);
            else throw error;
          }
        }
        const quote = await parallaxCase.quotes.create({
          documentId: documentId as DocumentId,
          start: wholeNumber(values.start, '--start'),
          end: wholeNumber(values.end, '--end'),
          tagIds: known,
          newTags: created,
          note: typeof values.note === 'string' ? values.note : undefined,
        });
        const after = tagPaths(await parallaxCase.tags.list());
        print(
          values.json === true
            ? JSON.stringify(quoteJson(quote, after), null, 2)
            : `Quote ${quote.id}: “${quote.text}”`,
        );
        return;
      }
      if (action === 'list') {
        const filter =
          tagOptions.length > 0 ? { tagId: findTag(tags, tagOptions[0] as string).id } : {};
        if (tagOptions.length > 1) throw new UsageError('quote list takes one --tag.');
        const { rows } = await parallaxCase.quotes.list(filter, {
          groupBy: 'document',
          limit: Number.MAX_SAFE_INTEGER,
        });
        if (values.json === true) {
          print(
            JSON.stringify(
              rows.map((row) => quoteJson(row, names)),
              null,
              2,
            ),
          );
          return;
        }
        for (const row of rows) {
          print(
            `${row.id}\t[${row.documentId}:${row.start}-${row.end}]\t${row.text.replace(/\s+/g, ' ')}`,
          );
        }
        return;
      }
      throw new UsageError('quote needs one of: add, list.');
    },
  };
}

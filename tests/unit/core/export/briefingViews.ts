// Briefing views built by hand for the exporter tests: Lexical JSON as the editor saves it, the
// sources and quotes as the briefing service resolves them. No database needed.
import type {
  BriefingId,
  BriefingSource,
  BriefingView,
  DocumentId,
  QuoteInfo,
} from '../../../../src/shared/domain';
import type { BriefingNode } from '../../../../src/shared/briefings/state';

export function text(words: string, format = 0): BriefingNode {
  return { type: 'text', version: 1, text: words, format, style: '', mode: 'normal', detail: 0 };
}

function element(
  type: string,
  children: BriefingNode[],
  extra: Record<string, unknown> = {},
): BriefingNode {
  return { type, version: 1, direction: null, format: '', indent: 0, children, ...extra };
}

export function paragraph(...children: BriefingNode[]): BriefingNode {
  return element('paragraph', children, { textFormat: 0, textStyle: '' });
}

export function heading(tag: string, words: string): BriefingNode {
  return element('heading', [text(words)], { tag });
}

export function link(url: string, words: string): BriefingNode {
  return element('link', [text(words)], { url, rel: null, target: null, title: null });
}

export function list(listType: 'bullet' | 'number', items: BriefingNode[][]): BriefingNode {
  return element(
    'list',
    items.map((children, index) => element('listitem', children, { value: index + 1 })),
    { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' },
  );
}

export function quoteBlock(
  quoteUid: string,
  documentId: number,
  words: string,
  language: string,
): BriefingNode {
  return { type: 'parallax-quote', version: 1, quoteUid, documentId, text: words, language };
}

export function citation(documentId: number, quoteUid: string | null = null): BriefingNode {
  return { type: 'parallax-citation', version: 1, documentId, quoteUid };
}

export const SOURCES: Record<'hespress' | 'afp' | 'apa', Omit<BriefingSource, 'number'>> = {
  hespress: {
    documentId: 1 as DocumentId,
    exists: true,
    title: 'المغرب ومالي يعززان التعاون العسكري',
    outlet: 'Hespress',
    publishedAt: '2024-03-12',
    language: 'ar',
    fileName: 'hespress-mali.txt',
    fingerprint: '3f2a9c01',
  },
  afp: {
    documentId: 2 as DocumentId,
    exists: true,
    title: 'Le Maroc et le Mali renforcent leur coopération',
    outlet: 'AFP',
    publishedAt: '2024-03-13',
    language: 'fr',
    fileName: 'afp-fr.txt',
    fingerprint: 'a81b22c4',
  },
  apa: {
    documentId: 3 as DocumentId,
    exists: true,
    title: 'Morocco and Mali step up military cooperation',
    outlet: 'APA',
    publishedAt: '2024-03-14',
    language: 'en',
    fileName: 'apa-en.txt',
    fingerprint: '77e0d5b9',
  },
};

export function quoteInfo(
  uid: string,
  documentId: number,
  words: string,
  language: string,
): QuoteInfo {
  return {
    uid,
    exists: true,
    documentId: documentId as DocumentId,
    text: words,
    language,
    matchesSource: true,
  };
}

export const ARABIC_QUOTE = 'أكد العميد محيب أن التعاون العسكري سيتعزز';
export const FRENCH_QUOTE = 'La coopération militaire « va se renforcer », a-t-il déclaré.';
export const ENGLISH_QUOTE = 'The two armies will hold joint exercises in Bamako.';

export function makeView(
  content: BriefingNode[],
  options: {
    language?: string;
    sources?: BriefingSource[];
    quotes?: Record<string, QuoteInfo>;
    title?: string;
    handling?: string;
    author?: string;
  } = {},
): BriefingView {
  return {
    briefing: {
      id: 1 as BriefingId,
      uid: 'briefing-0001',
      title: options.title ?? 'Morocco–Mali military cooperation',
      author: options.author ?? 'A. Analyst',
      handling: options.handling ?? 'UNCLASSIFIED // FOR INTERNAL USE',
      language: options.language ?? 'en',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
      citationCount: 0,
      content: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: content,
        },
      },
    },
    sources: options.sources ?? [],
    quotes: options.quotes ?? {},
    exportedAt: '2026-11-25T10:30:00.000Z',
  };
}

/** The three seed-like sources cited in order: an Arabic quote [1], a French mark [2], an English quote [3]. */
export function threeSourceView(extra: BriefingNode[] = [], language = 'en'): BriefingView {
  return makeView(
    [
      heading('h2', 'Summary'),
      paragraph(text('Rabat and Bamako agreed on closer cooperation.')),
      quoteBlock('quote-ar-0001', 1, ARABIC_QUOTE, 'ar'),
      paragraph(text('The French wire reports the same '), citation(2, null), text('.')),
      quoteBlock('quote-en-0003', 3, ENGLISH_QUOTE, 'en'),
      ...extra,
    ],
    {
      language,
      sources: [
        { ...SOURCES.hespress, number: 1 },
        { ...SOURCES.afp, number: 2 },
        { ...SOURCES.apa, number: 3 },
      ],
      quotes: {
        'quote-ar-0001': quoteInfo('quote-ar-0001', 1, ARABIC_QUOTE, 'ar'),
        'quote-en-0003': quoteInfo('quote-en-0003', 3, ENGLISH_QUOTE, 'en'),
      },
    },
  );
}

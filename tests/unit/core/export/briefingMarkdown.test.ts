import { describe, expect, it } from 'vitest';
import { renderBriefingMarkdown } from '../../../../src/main/core/export/briefingMarkdown';
import type { BriefingNode } from '../../../../src/shared/briefings/state';
import {
  ARABIC_QUOTE,
  ENGLISH_QUOTE,
  SOURCES,
  citation,
  heading,
  link,
  list,
  makeView,
  paragraph,
  quoteBlock,
  text,
  threeSourceView,
} from './briefingViews';

describe('renderBriefingMarkdown', () => {
  it('opens with the handling line, title, date and author', () => {
    const markdown = renderBriefingMarkdown(threeSourceView());
    expect(
      markdown.startsWith(
        '**UNCLASSIFIED // FOR INTERNAL USE**\n\n# Morocco–Mali military cooperation\n\nDate: November 25, 2026 · Author: A. Analyst\n\n',
      ),
    ).toBe(true);
  });

  it('cites as footnotes in order of first appearance, with the source list as their definitions at the end', () => {
    const markdown = renderBriefingMarkdown(
      threeSourceView([paragraph(text('Again '), citation(1, null), text('.'))]),
    );
    expect(markdown).toContain(`> ${ARABIC_QUOTE} [^1]`);
    expect(markdown).toContain('The French wire reports the same [^2].');
    expect(markdown).toContain(`> ${ENGLISH_QUOTE} [^3]`);
    expect(markdown).toContain('Again [^1].');
    const references = [...markdown.matchAll(/\[\^(\d)\](?!:)/g)].map((match) => match[1]);
    expect(references).toEqual(['1', '2', '3', '1']);
    expect(
      markdown.endsWith(
        '## Sources\n\n' +
          '[^1]: Hespress, المغرب ومالي يعززان التعاون العسكري, 2024-03-12, Arabic, File: hespress-mali.txt, Fingerprint: `3f2a9c01`\n' +
          '[^2]: AFP, Le Maroc et le Mali renforcent leur coopération, 2024-03-13, French, File: afp-fr.txt, Fingerprint: `a81b22c4`\n' +
          '[^3]: APA, Morocco and Mali step up military cooperation, 2024-03-14, English, File: apa-en.txt, Fingerprint: `77e0d5b9`\n',
      ),
    ).toBe(true);
  });

  it('escapes Markdown and HTML in source text and the analyst’s words', () => {
    const hostile = '*not bold* <script>alert(1)</script> [link](http://x) `tick` _u_ |pipe| a & b';
    const view = makeView(
      [
        paragraph(text(hostile)),
        paragraph(text('# not a heading')),
        paragraph(text('1. not a list')),
        paragraph(text('- not a bullet')),
        quoteBlock('quote-hostile-1', 3, '> not nested\n# nor a heading', 'en'),
      ],
      { sources: [{ ...SOURCES.apa, number: 1, title: '*Title* [x]', outlet: '<b>APA</b>' }] },
    );
    const markdown = renderBriefingMarkdown(view);
    expect(markdown).toContain(
      '\\*not bold\\* \\<script\\>alert(1)\\</script\\> \\[link\\](http://x) \\`tick\\` \\_u\\_ \\|pipe\\| a \\& b',
    );
    expect(markdown).toContain('\n\\# not a heading\n');
    expect(markdown).toContain('\n1\\. not a list\n');
    expect(markdown).toContain('\n\\- not a bullet\n');
    expect(markdown).toContain(
      '> *Quote no longer in the case; its words as they were when inserted:*',
    );
    expect(markdown).toContain('> \\> not nested\n>\n> \\# nor a heading [^1]');
    expect(markdown).toContain('[^1]: \\<b\\>APA\\</b\\>, \\*Title\\* \\[x\\], ');
    expect(markdown).not.toMatch(/(^|[^\\])<script/);
  });

  it('keeps Arabic as it is and shows bidi controls in quotes as visible marks', () => {
    const words = 'قال \u202Eالعميد\u202C محيب';
    const view = makeView(
      [heading('h2', 'التعاون العسكري'), quoteBlock('quote-bidi-01', 1, words, 'ar')],
      {
        language: 'ar',
        sources: [{ ...SOURCES.hespress, number: 1 }],
        quotes: {
          'quote-bidi-01': {
            uid: 'quote-bidi-01',
            exists: true,
            documentId: SOURCES.hespress.documentId,
            text: words,
            language: 'ar',
            matchesSource: true,
          },
        },
      },
    );
    const markdown = renderBriefingMarkdown(view);
    expect(markdown).toContain('## التعاون العسكري');
    expect(markdown).toContain('> قال ⟨RLO⟩العميد⟨PDF⟩ محيب [^1]');
    expect(markdown).not.toMatch(/[\u202A-\u202E]/);
    expect(markdown).toContain('## المصادر');
    expect(markdown).toContain(
      '[^1]: Hespress، المغرب ومالي يعززان التعاون العسكري، 2024-03-12، العربية، ',
    );
  });

  it('renders emphasis, lists, block quotes and links: internal ones stay links, addresses become words', () => {
    const nested: BriefingNode = {
      type: 'listitem',
      version: 1,
      value: 2,
      children: [list('bullet', [[text('inner')]])],
    };
    const outer = list('number', [[text('first')], [text('second')]]);
    outer.children?.splice(1, 0, nested);
    const view = makeView([
      paragraph(
        text('plain '),
        text('bold', 1),
        text(' '),
        text(' italic ', 2),
        text('gone', 4),
        text('a`b', 16),
      ),
      outer,
      { type: 'quote', version: 1, children: [text('Block quote words')] },
      paragraph(
        link('#summary', 'see above'),
        text(' and '),
        link('https://evil.example/x', 'elsewhere'),
      ),
      paragraph(text('Lost '), citation(7, null)),
    ]);
    const markdown = renderBriefingMarkdown(view);
    expect(markdown).toContain('plain **bold**  *italic* ~~gone~~``a`b``');
    expect(markdown).toContain('1. first\n   - inner\n2. second');
    expect(markdown).toContain('> Block quote words');
    expect(markdown).toContain('[see above](#summary) and elsewhere');
    expect(markdown).not.toContain('evil.example');
    expect(markdown).toContain(
      'Lost \\[?\\] *(broken citation: the source is no longer in the case)*',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { renderBriefingHtml } from '../../../../src/main/core/export/briefingHtml';
import { briefingPageOptions } from '../../../../src/main/core/export/briefingPdf';
import type { BriefingNode } from '../../../../src/shared/briefings/state';
import {
  ARABIC_QUOTE,
  SOURCES,
  citation,
  heading,
  link,
  list,
  makeView,
  paragraph,
  quoteBlock,
  quoteInfo,
  text,
  threeSourceView,
} from './briefingViews';

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">';

/** The page without its inlined fonts, which are long base64 and never markup. */
function bodyOf(html: string): string {
  return html.slice(html.indexOf('</style>'));
}

function element(
  type: string,
  children: BriefingNode[],
  extra: Record<string, unknown> = {},
): BriefingNode {
  return { type, version: 1, children, ...extra };
}

describe('renderBriefingHtml', () => {
  it('prints hostile text from sources and the analyst literally, never as markup', () => {
    const view = makeView(
      [
        paragraph(text(HOSTILE)),
        heading('h2', HOSTILE),
        quoteBlock('quote-hostile-1', 1, HOSTILE, 'en'),
        { type: 'html-embed', version: 1, html: HOSTILE, text: HOSTILE },
      ],
      {
        title: HOSTILE,
        author: HOSTILE,
        handling: HOSTILE,
        sources: [
          { ...SOURCES.apa, number: 1, title: HOSTILE, outlet: HOSTILE, fileName: HOSTILE },
        ],
        quotes: { 'quote-hostile-1': quoteInfo('quote-hostile-1', 3, HOSTILE, 'en') },
      },
    );
    const html = renderBriefingHtml(view);
    // Booleans, so a failure does not print 900 kB of inlined fonts.
    expect(/<script/i.test(html)).toBe(false);
    expect(/<img/i.test(html)).toBe(false);
    expect(/<[^>]*\sonerror=/i.test(html)).toBe(false);
    // Title, author, handling, paragraph, heading, quote, unknown node, source title/outlet/file.
    const literal =
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;';
    expect(bodyOf(html).split(literal).length - 1).toBeGreaterThanOrEqual(9);
  });

  it('is self-contained: a restrictive CSP, fonts as data URLs and no address anywhere', () => {
    const view = threeSourceView([
      paragraph(link('https://evil.example/track?id=1', 'an outside page')),
      paragraph(link('javascript:alert(1)', 'a script link')),
      paragraph(link('http://127.0.0.1:9/x', 'a local address')),
    ]);
    const html = renderBriefingHtml(view);
    expect(html.slice(0, html.indexOf('<style>'))).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    );
    expect(/https?:\/\//i.test(html)).toBe(false);
    expect(/javascript:/i.test(html)).toBe(false);
    expect(bodyOf(html)).toContain('<span class="link">an outside page</span>');
    expect(html.match(/@font-face\{font-family:'Noto Serif'/g)).toHaveLength(8);
    expect(html.match(/@font-face\{font-family:'Noto Naskh Arabic'/g)).toHaveLength(2);
    expect(/url\((?!data:)/.test(html)).toBe(false);
  });

  it('keeps internal links as links to heading anchors, in every script', () => {
    const view = makeView([
      heading('h2', 'Military cooperation'),
      heading('h3', 'التعاون العسكري'),
      heading('h3', 'Military cooperation'),
      paragraph(
        text('See '),
        link('#military-cooperation', 'above'),
        text(' and '),
        link('#التعاون-العسكري', 'هنا'),
      ),
    ]);
    const body = bodyOf(renderBriefingHtml(view));
    expect(body).toContain('<h2 id="military-cooperation">Military cooperation</h2>');
    expect(body).toContain('<h3 id="التعاون-العسكري">التعاون العسكري</h3>');
    // A repeated heading gets its own anchor rather than a duplicate id.
    expect(body).toContain('<h3 id="military-cooperation-2">');
    expect(body).toContain('<a class="internal" href="#military-cooperation">above</a>');
    expect(body).toContain('<a class="internal" href="#التعاون-العسكري">هنا</a>');
    const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.every((href) => href?.startsWith('#'))).toBe(true);
  });

  it('sets an Arabic quote right-to-left and isolated, with its mark after it outside the isolate', () => {
    const body = bodyOf(renderBriefingHtml(threeSourceView()));
    const arabic =
      `<blockquote class="source-quote" dir="rtl" lang="ar"><p>` +
      `<bdi class="quote-text" dir="rtl" lang="ar">${ARABIC_QUOTE}</bdi> ` +
      `<a class="cite" href="#source-1"><bdi dir="ltr">[1]</bdi></a></p></blockquote>`;
    expect(body).toContain(arabic);
    expect(body).toContain('<blockquote class="source-quote" dir="ltr" lang="en">');
    expect(
      renderBriefingHtml(threeSourceView()).startsWith(
        '<!DOCTYPE html>\n<html lang="en" dir="ltr">',
      ),
    ).toBe(true);
  });

  it('turns bidi control characters in quotes and sources into visible marks', () => {
    const words = 'قال \u202Eevil\u202C هنا\u2066x\u2069';
    const view = makeView([quoteBlock('quote-bidi-01', 1, words, 'ar')], {
      sources: [{ ...SOURCES.hespress, number: 1, title: 'عنوان\u202E' }],
      quotes: { 'quote-bidi-01': quoteInfo('quote-bidi-01', 1, words, 'ar') },
    });
    const html = bodyOf(renderBriefingHtml(view));
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toContain(
      '<bdi class="bidi-mark" dir="ltr">⟨RLO⟩</bdi>evil<bdi class="bidi-mark" dir="ltr">⟨PDF⟩</bdi>',
    );
    expect(html).toContain('⟨LRI⟩');
    expect(html).toContain('عنوان<bdi class="bidi-mark" dir="ltr">⟨RLO⟩</bdi>');
  });

  it('makes an Arabic-language briefing right-to-left throughout, with Arabic labels', () => {
    const view = threeSourceView([], 'ar');
    const html = renderBriefingHtml(view);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')).toBe(true);
    const body = bodyOf(html);
    expect(body).toContain('<h2>المصادر</h2>');
    expect(body).toContain('التاريخ: ');
    expect(body).toContain('، ');
    const options = briefingPageOptions(view);
    expect(options.footerTemplate).toContain('dir="rtl"');
    expect(options.footerTemplate).toContain(
      'صفحة <span class="pageNumber"></span> من <span class="totalPages"></span>',
    );
    expect(briefingPageOptions(threeSourceView()).footerTemplate).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('shows broken citations: [?] for a lost source, the snapshot for a lost quote', () => {
    const view = makeView(
      [
        paragraph(text('Claimed '), citation(9, null), text('.')),
        quoteBlock('quote-gone-01', 1, 'كلمات محفوظة', 'ar'),
        paragraph(text('Also '), citation(2, null)),
        paragraph(text('And '), citation(1, 'quote-gone-02')),
      ],
      {
        sources: [
          { ...SOURCES.hespress, number: 1 },
          { ...SOURCES.afp, number: 2, exists: false },
        ],
      },
    );
    const body = bodyOf(renderBriefingHtml(view));
    const brokenMark = '<span class="cite broken"><bdi dir="ltr">[?]</bdi></span>';
    expect(body.split(brokenMark).length - 1).toBe(2);
    expect(body).toContain('broken citation: the source is no longer in the case');
    expect(body).toContain('<blockquote class="source-quote broken" dir="rtl" lang="ar">');
    expect(body).toContain('Quote no longer in the case; its words as they were when inserted:');
    expect(body).toContain(
      '<bdi class="quote-text" dir="rtl" lang="ar">كلمات محفوظة</bdi> <a class="cite" href="#source-1">',
    );
    expect(body).toContain('(the cited quote is no longer in the case)');
    expect(body).toContain(
      '<li id="source-2"><span class="number"><bdi dir="ltr">[2]</bdi></span>' +
        '<span class="broken-note">This source is no longer in the case.</span></li>',
    );
  });

  it('renders nested lists, numbered lists and text formats', () => {
    const nested = element(
      'listitem',
      [list('bullet', [[text('inner one')], [text('inner two')]])],
      { value: 2 },
    );
    const outer = list('bullet', [[text('outer one')]]);
    outer.children?.push(nested);
    const view = makeView([
      outer,
      list('number', [[text('first')], [text('second')]]),
      paragraph(
        text('bold', 1),
        text('bold italic', 3),
        text('struck', 4),
        text('under', 8),
        text('code', 16),
        { type: 'linebreak', version: 1 },
        { type: 'tab', version: 1, text: '\t' },
      ),
    ]);
    const body = bodyOf(renderBriefingHtml(view));
    expect(body).toContain(
      '<ul><li>outer one</li><li class="nested"><ul><li>inner one</li><li>inner two</li></ul></li></ul>',
    );
    expect(body).toContain('<ol><li value="1">first</li><li value="2">second</li></ol>');
    expect(body).toContain(
      '<p><strong>bold</strong><strong><em>bold italic</em></strong><s>struck</s><u>under</u><code>code</code><br><span class="tab">\t</span></p>',
    );
  });

  it('lists the sources in number order with outlet, title in its own direction, date, language, file and fingerprint', () => {
    const body = bodyOf(renderBriefingHtml(threeSourceView()));
    const one = body.indexOf('<li id="source-1">');
    const two = body.indexOf('<li id="source-2">');
    const three = body.indexOf('<li id="source-3">');
    expect(one).toBeGreaterThan(-1);
    expect(one).toBeLessThan(two);
    expect(two).toBeLessThan(three);
    expect(body).toContain(
      '<li id="source-1"><span class="number"><bdi dir="ltr">[1]</bdi></span><bdi dir="auto">Hespress</bdi>, ' +
        '<bdi dir="rtl" lang="ar">المغرب ومالي يعززان التعاون العسكري</bdi>, <bdi dir="ltr">2024-03-12</bdi>, Arabic, ' +
        'File: <span class="file"><bdi dir="auto">hespress-mali.txt</bdi></span>, Fingerprint: <bdi class="fingerprint" dir="ltr">3f2a9c01</bdi></li>',
    );
    expect(body).toContain(
      'French, File: <span class="file"><bdi dir="auto">afp-fr.txt</bdi></span>',
    );
  });

  it('puts the title, date, author and handling line at the top', () => {
    const body = bodyOf(renderBriefingHtml(threeSourceView()));
    expect(body).toContain(
      '<header class="briefing-head"><p class="handling">UNCLASSIFIED // FOR INTERNAL USE</p>' +
        '<h1 class="title">Morocco–Mali military cooperation</h1>' +
        '<p class="meta">Date: November 25, 2026 · Author: A. Analyst</p></header>',
    );
    const french = bodyOf(renderBriefingHtml(threeSourceView([], 'fr')));
    expect(french).toContain('Date\u202F: 25 novembre 2026 · Auteur\u202F: A. Analyst');
  });
});

// Exported files: names from titles in any script, types, the printer port for PDFs; and the
// plain-text outline the CLI prints.
import { describe, expect, it } from 'vitest';
import { briefingFileName } from '../../../../src/main/core/briefings/exportFile';
import { briefingOutline } from '../../../../src/main/core/briefings/outline';
import type { PdfPrinter } from '../../../../src/main/core/export/printer';
import {
  ASSAHIFA,
  heading,
  mark,
  paragraph,
  quoteBlock,
  quoteWords,
  seededCase,
  stateOf,
  text,
} from './seed';

describe('briefingFileName', () => {
  it.each([
    ['تقرير مالي', 'pdf', 'تقرير مالي.pdf'],
    ['Coopération Maroc–Mali', 'html', 'Coopération Maroc–Mali.html'],
    ['Mali/Maroc: 3 jours?', 'md', 'Mali Maroc 3 jours.md'],
    ['..\\..\\etc\\passwd', 'pdf', 'etc passwd.pdf'],
    ['  trailing dots... ', 'pdf', 'trailing dots.pdf'],
    ['evil\u202Efdp.exe', 'pdf', 'evilfdp.exe.pdf'],
    ['tab\tand\nnewline', 'md', 'tab and newline.md'],
    ['CON', 'pdf', 'CON briefing.pdf'],
    ['???', 'pdf', 'briefing.pdf'],
    ['😀'.repeat(150), 'pdf', `${'😀'.repeat(50)}.pdf`], // 200 bytes of UTF-8
    ['م'.repeat(150), 'md', `${'م'.repeat(100)}.md`],
  ] as const)('%j as %s → %j', (title, format, expected) => {
    expect(briefingFileName(title, format)).toBe(expected);
  });
});

describe('briefingOutline', () => {
  it('marks headings, lists, quotes and citations by source number', () => {
    const state = stateOf(
      heading('الوضع الأمني'),
      paragraph(text('Two sources agree '), mark(7), text(' and '), mark(3), mark(7)),
      {
        type: 'parallax-quote',
        version: 1,
        quoteUid: 'quote-0001',
        documentId: 3,
        text: 'العميد عبد الغني مهيب',
        language: 'ar',
      },
      {
        type: 'list',
        version: 1,
        listType: 'number',
        children: [
          { type: 'listitem', version: 1, children: [text('first')] },
          { type: 'listitem', version: 1, children: [text('second')] },
        ],
      },
    );
    expect(briefingOutline(state)).toBe(
      '## الوضع الأمني\nTwo sources agree [1] and [2][1]\n> العميد عبد الغني مهيب [2]\n1. first\n2. second',
    );
  });
});

describe('exporting through the service', () => {
  it('names files after the title, with the right types, and prints PDFs through the port', async () => {
    const { parallaxCase } = await seededCase();
    const words = 'العميد عبد الغني مهيب';
    const quote = await quoteWords(parallaxCase, ASSAHIFA, words);
    const { id } = await parallaxCase.briefings.create({ title: 'تقرير مالي', language: 'ar' });
    await parallaxCase.briefings.saveContent(id, stateOf(quoteBlock(quote, 'ar')));
    const printed: string[] = [];
    const printer: PdfPrinter = {
      printPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
      close: async () => undefined,
    };
    const md = await parallaxCase.briefings.export(id, 'md', printer);
    expect([md.fileName, md.mimeType]).toEqual(['تقرير مالي.md', 'text/markdown;charset=utf-8']);
    expect(new TextDecoder().decode(md.bytes)).toContain(words);
    const html = await parallaxCase.briefings.export(id, 'html', printer);
    expect([html.fileName, html.mimeType]).toEqual(['تقرير مالي.html', 'text/html;charset=utf-8']);
    expect(printed).toEqual([]);
    const pdf = await parallaxCase.briefings.export(id, 'pdf', printer);
    expect([pdf.fileName, pdf.mimeType]).toEqual(['تقرير مالي.pdf', 'application/pdf']);
    expect(new TextDecoder().decode(pdf.bytes)).toBe('%PDF-1.7 fake');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(words);

    const view = await parallaxCase.briefings.view(id);
    expect(Date.now() - Date.parse(view.exportedAt)).toBeLessThan(60_000);
    expect(view.sources).toMatchObject([{ number: 1, documentId: ASSAHIFA, exists: true }]);
    expect(view.quotes[quote.uid]).toMatchObject({ exists: true, matchesSource: true });
    await parallaxCase.close();
  });
});

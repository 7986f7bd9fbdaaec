// Draft from tags on the seed articles: a section per tag, quotes grouped by source (oldest first,
// undated last) in document order, written as Lexical itself writes JSON; numbering by view().
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import { describe, expect, it } from 'vitest';
import { draftState, sourceLine } from '../../../../src/main/core/briefings/draft';
import type { DocumentId, TagId } from '../../../../src/shared/domain';
import { databaseDigest } from '../../helpers/dbDigest';
import {
  APA,
  ASSAHIFA,
  FRENCH,
  HESPRESS,
  citationRows,
  heading,
  paragraph,
  quoteBlock,
  quoteWords,
  seededCase,
  stateOf,
  text,
} from './seed';

describe('draft from tags', () => {
  it('writes a section per tag, sources by date then title, quotes in document order', async () => {
    const { path, parallaxCase } = await seededCase();
    // Created out of document order, and across two tags and a sub-tag.
    const later = await quoteWords(parallaxCase, ASSAHIFA, 'رئيس الوفد المغربي', ['تعاون']);
    const earlier = await quoteWords(parallaxCase, ASSAHIFA, 'العميد عبد الغني مهيب', ['تعاون']);
    const hespress = await quoteWords(
      parallaxCase,
      HESPRESS,
      'استقبلت وزارة الدفاع وقدامى المحاربين في مالي',
      ['تعاون'],
    );
    const tags = await parallaxCase.tags.list();
    const cooperation = tags.find((t) => t.name === 'تعاون')!;
    const defence = await parallaxCase.tags.create({ name: 'Défense', parentId: cooperation.id });
    const french = await quoteWords(parallaxCase, FRENCH, 'commission militaire mixte', [
      'Défense',
    ]);
    const english = await quoteWords(parallaxCase, APA, 'three-day visit', ['Visit']);
    const visit = (await parallaxCase.tags.list()).find((t) => t.name === 'Visit')!;

    const briefing = await parallaxCase.briefings.draftFromTags(
      [visit.id, cooperation.id],
      'Coopération Maroc–Mali',
    );
    const titleOf = async (id: DocumentId) => (await parallaxCase.getDocument(id)).title;
    const undatedFrench = await titleOf(FRENCH);
    expect(briefing.content).toEqual(
      stateOf(
        heading('Visit'),
        paragraph(text(`APA — ${await titleOf(APA)}`)),
        quoteBlock(english, 'en'),
        heading('تعاون'),
        paragraph(text(`Hespress, 2025-02-19 — ${await titleOf(HESPRESS)}`)),
        quoteBlock(hespress, 'ar'),
        paragraph(text(`Assahifa, 2025-02-22 — ${await titleOf(ASSAHIFA)}`)),
        quoteBlock(earlier, 'ar'),
        quoteBlock(later, 'ar'),
        paragraph(text(undatedFrench)),
        quoteBlock(french, 'fr'),
        paragraph(),
      ),
    );
    expect(briefing.citationCount).toBe(5);
    expect(await citationRows(path)).toHaveLength(5);
    expect(await parallaxCase.briefings.listRevisions(briefing.id)).toHaveLength(1);

    // Without sub-tags the French quote (filed under Défense) stays out.
    const narrow = await parallaxCase.briefings.draftFromTags([cooperation.id], 'Narrow', {
      includeSubtags: false,
    });
    expect(narrow.citationCount).toBe(3);
    expect(defence.parentId).toBe(cooperation.id);

    // Sources are numbered by first citation: APA, Hespress, Assahifa, then the French wire.
    const view = await parallaxCase.briefings.view(briefing.id);
    expect(view.sources.map((s) => [s.number, s.documentId, s.outlet])).toEqual([
      [1, APA, 'APA'],
      [2, HESPRESS, 'Hespress'],
      [3, ASSAHIFA, 'Assahifa'],
      [4, FRENCH, null],
    ]);
    expect(Object.keys(view.quotes).sort()).toEqual(
      [english, hespress, earlier, later, french].map((q) => q.uid).sort(),
    );
    // Moving the French quote first renumbers it [1].
    const blocks = briefing.content.root.children!;
    await parallaxCase.briefings.saveContent(briefing.id, stateOf(blocks[10]!, ...blocks));
    const moved = await parallaxCase.briefings.view(briefing.id);
    expect(moved.sources.map((s) => s.documentId)).toEqual([FRENCH, APA, HESPRESS, ASSAHIFA]);

    const digest = await databaseDigest(path);
    await expect(
      parallaxCase.briefings.draftFromTags([visit.id, 999 as TagId], 'Never'),
    ).rejects.toThrow('There is no tag 999 (it may have been deleted); no briefing was drafted.');
    expect(await databaseDigest(path)).toBe(digest);
    await parallaxCase.close();
  });

  it('names a source by outlet and date before its title, so no date follows an Arabic title', () => {
    const title = 'التهديدات في الساحل الإفريقي';
    expect(
      sourceLine({ outlet: 'Hespress', documentTitle: title, publishedAt: '2025-02-19' }),
    ).toBe(`Hespress, 2025-02-19 — ${title}`);
    expect(sourceLine({ outlet: null, documentTitle: title, publishedAt: '2025-02-19' })).toBe(
      `2025-02-19 — ${title}`,
    );
    expect(sourceLine({ outlet: 'APA', documentTitle: 'Visit', publishedAt: null })).toBe(
      'APA — Visit',
    );
    expect(sourceLine({ outlet: null, documentTitle: 'Visit', publishedAt: null })).toBe('Visit');
  });

  it('writes headings, paragraphs and text exactly as Lexical exports them', () => {
    const editor = createEditor({
      nodes: [HeadingNode],
      onError: (error) => {
        throw error;
      },
    });
    editor.update(
      () => {
        const title = $createHeadingNode('h2');
        title.append($createTextNode('مالي'));
        const line = $createParagraphNode();
        line.append($createTextNode('Hespress — Title (2025-02-19)'));
        $getRoot().clear().append(title, line, $createParagraphNode());
      },
      { discrete: true },
    );
    const ours = draftState([{ heading: 'مالي', quotes: [] }]);
    const withLine = {
      root: {
        ...ours.root,
        children: [
          ours.root.children![0]!,
          paragraph(text('Hespress — Title (2025-02-19)')),
          ours.root.children![1]!,
        ],
      },
    };
    expect(JSON.stringify(withLine)).toBe(JSON.stringify(editor.getEditorState().toJSON()));
    // And Lexical reads it back unchanged.
    const reloaded = editor.parseEditorState(JSON.stringify(withLine));
    expect(reloaded.toJSON()).toEqual(withLine);
  });
});

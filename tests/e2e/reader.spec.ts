import { expect, importSeeds, test } from './fixtures';
import { computedStyle } from './pages/dom';

// Seed titles as the library shows them.
const FR = /Le Maroc et le Mali, unis/;
const EN = /Morocco and Mali have strengthened/;
const AR = /دفعة جديدة للتعاون العسكري/;
const HESPRESS = /Hespress/;

test.describe('seeds', () => {
  test.beforeEach(async ({ page }) => {
    await importSeeds(page);
  });

  test('a translation pair reads in aligned rows: the three-day visit sits beside its translation', async ({
    library,
    reader,
  }) => {
    await expect(library.readSideBySideButton).toBeDisabled();
    await reader.open(library, FR, EN);
    expect(await reader.layout()).toBe('aligned');
    await expect(reader.headers).toHaveCount(2);
    await expect(reader.headers.filter({ hasText: 'APA' })).toHaveCount(1);

    const fr = reader.sentence(/visite de trois jours au Mali/);
    const en = reader.sentence(/three-day visit/);
    await expect.poll(() => reader.sameRow(fr, en)).toBe(true);

    await fr.hover();
    await expect(en).toHaveAttribute('data-lit', 'counterpart');
    await reader.headers.first().hover();
    await expect(en).not.toHaveAttribute('data-lit');
  });

  test('a bead unlinked by hand is marked manual, undone, redone, and still there after a reload', async ({
    page,
    library,
    reader,
  }) => {
    await reader.open(library, FR, EN);
    const fr = reader.sentence(/visite de trois jours au Mali/);
    const en = reader.sentence(/three-day visit/);
    await expect.poll(() => reader.sameRow(fr, en)).toBe(true);

    await fr.click();
    await expect(fr).toHaveAttribute('aria-current', 'true');
    await reader.unlinkButton.click();
    await expect(fr).toHaveAttribute('data-origin', 'manual');
    await expect(en).toHaveAttribute('data-origin', 'manual');
    await expect.poll(() => reader.sameRow(fr, en)).toBe(false);

    await reader.undoButton.click();
    await expect(fr).not.toHaveAttribute('data-origin', 'manual');
    await expect.poll(() => reader.sameRow(fr, en)).toBe(true);

    await page.keyboard.press('Control+Shift+Z');
    await expect(fr).toHaveAttribute('data-origin', 'manual');

    await page.reload();
    await library.expectCount(5);
    await reader.open(library, FR, EN);
    const frAgain = reader.sentence(/visite de trois jours au Mali/);
    await expect(frAgain).toHaveAttribute('data-origin', 'manual');
    await expect
      .poll(() => reader.sameRow(frAgain, reader.sentence(/three-day visit/)))
      .toBe(false);
  });

  test('runs chosen in two columns are linked into one row with L', async ({
    page,
    library,
    reader,
  }) => {
    await reader.open(library, FR, EN);
    const fr = [reader.sentence(/unis par des liens/), reader.sentence(/Les deux pays ont ainsi/)];
    const en = [
      reader.sentence(/strengthened their long-standing/),
      reader.sentence(/this week officially launched/),
      reader.sentence(/marks a new stage/),
    ];
    await fr[0]!.click();
    await fr[1]!.click({ modifiers: ['Shift'] });
    await en[0]!.click();
    await en[2]!.click({ modifiers: ['Shift'] });
    await expect(reader.surface.locator('.reader-sentence--selected')).toHaveCount(5);
    await page.keyboard.press('l');

    for (const sentence of [...fr, ...en]) {
      await expect(sentence).toHaveAttribute('data-origin', 'manual');
    }
    await expect.poll(() => reader.sameRow(fr[0]!, en[2]!)).toBe(true);
    await expect.poll(() => reader.sameRow(fr[1]!, en[0]!)).toBe(true);
    await expect
      .poll(() => reader.sameRow(fr[0]!, reader.sentence(/Malgré un environnement/)))
      .toBe(false);
  });

  test('a link the server refuses shows its reason and leaves the view as it was', async ({
    page,
    library,
    reader,
  }) => {
    await reader.open(library, FR, EN);
    const first = reader.sentence(/unis par des liens/);
    await first.click();
    await reader.sentence(/Malgré un environnement régional/).click({ modifiers: ['Control'] });
    await reader.sentence(/strengthened their long-standing/).click();
    await reader.linkButton.click();
    await expect(
      page.getByRole('alert').filter({ hasText: /not next to each other/ }),
    ).toBeVisible();
    await expect(first).not.toHaveAttribute('data-origin', 'manual');
    await expect(reader.surface.locator('.reader-sentence--selected')).toHaveCount(3);
  });

  test('Ctrl+Shift+Enter opens the selection; keys move between rows and columns, pin, and Esc goes back', async ({
    page,
    library,
    reader,
  }) => {
    await library.selectRows(FR, EN);
    await page.keyboard.press('Control+Shift+Enter');
    await reader.expectReady();
    await expect(reader.surface).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const start = reader.cursor;
    await expect(start).toHaveCount(1);
    const text = (await start.textContent()) ?? '';
    await page.keyboard.press('Tab');
    await expect(reader.cursor).not.toHaveText(text);
    await expect.poll(() => reader.sameRow(reader.cursor, reader.sentence(text))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect(reader.cursor).toHaveText(text);

    await page.keyboard.press('Space');
    await expect(reader.pinned).toHaveText(text);
    await page.keyboard.press('Escape');
    await expect(reader.pinned).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(reader.region).toBeHidden();
    await expect(library.grid).toBeVisible();
  });

  test('three columns with an Arabic document: it reads right to left and is laid out', async ({
    library,
    reader,
  }) => {
    await reader.open(library, AR, FR, EN);
    await expect(reader.headers).toHaveCount(3);
    const sentences = reader.surface.locator('[data-column][dir="rtl"] [data-sentence-id]');
    await expect(sentences.first()).toBeVisible();
    expect(await sentences.count()).toBeGreaterThan(2);
    const arabic = reader.surface
      .locator('[data-column][dir="rtl"]:has([data-sentence-id])')
      .first();
    expect(await computedStyle(arabic, 'direction')).toBe('rtl');
    expect(await computedStyle(arabic, 'text-align')).toMatch(/right|start/);
    // Right to left: the first sentence starts at the right edge of its column.
    const [column, first] = await Promise.all([
      arabic.boundingBox(),
      sentences.first().boundingBox(),
    ]);
    expect(column && first && column.x + column.width - (first.x + first.width)).toBeLessThan(40);
    expect(await computedStyle(sentences.first(), 'font-family')).toMatch(/Naskh/);

    // Whatever the engine made of it, hovering an Arabic sentence lights only real counterparts.
    await sentences.first().hover();
    await expect(sentences.first()).toHaveAttribute('data-lit', 'source');
  });

  test('page chrome is hidden, then shown greyed', async ({ library, reader }) => {
    await reader.open(library, HESPRESS, EN);
    const ticker = reader.sentence(/الدرك الملكي يحجز/);
    await expect(ticker).toHaveCount(0);
    await reader.showChrome.check();
    await expect(ticker).toBeVisible();
    const body = reader.sentence(/three-day visit|Morocco and Mali/);
    expect(await computedStyle(ticker, 'color')).not.toBe(await computedStyle(body, 'color'));
  });
});

test('a bidi override inside a sentence is shown as a mark and reorders nothing', async ({
  library,
  imports,
  reader,
}) => {
  const encode = (text: string) => new TextEncoder().encode(text);
  await imports.drop([
    {
      name: 'evil.txt',
      bytes: encode(
        'Evil title\nThe file name is invoice\u202Etxt.exe and nothing else. A second plain sentence follows it.\n',
      ),
    },
    {
      name: 'autre.txt',
      bytes: encode(
        'Autre titre\nLe nom du fichier est une facture et rien d’autre. Une deuxième phrase simple la suit.\n',
      ),
    },
  ]);
  await imports.expectReport({ imported: 2 });
  await imports.closeReport();

  await reader.open(library, 'Evil title', 'Autre titre');
  const evil = reader.sentence(/invoice/);
  await expect(evil.getByText('⟨RLO⟩')).toBeVisible();
  await expect(evil).toHaveText(/invoice⟨RLO⟩txt\.exe/);
  expect(await computedStyle(evil, 'unicode-bidi')).toBe('isolate');

  // The next sentence still follows it left to right, and the columns keep their order.
  const next = reader.sentence(/second plain sentence/);
  const [a, b] = await Promise.all([evil.boundingBox(), next.boundingBox()]);
  expect(a && b && (b.y > a.y + 4 || b.x >= a.x + a.width - 1)).toBe(true);
  const [left, right] = await Promise.all([
    reader.headers.nth(0).boundingBox(),
    reader.headers.nth(1).boundingBox(),
  ]);
  expect(left && right && left.x < right.x).toBe(true);
});

test('a document with nothing but page chrome is refused with the server’s reason', async ({
  library,
  imports,
  reader,
}) => {
  const encode = (text: string) => new TextEncoder().encode(text);
  await imports.drop([
    {
      name: 'menu.txt',
      bytes: encode('Accueil | Politique | Sport | Contact\n© 2025 Tous droits réservés\n'),
    },
    {
      name: 'note.txt',
      bytes: encode('A short note about Mali.\nIt has two paragraphs, and this is the second.\n'),
    },
  ]);
  await imports.expectReport({ imported: 2 });
  await imports.closeReport();

  await library.selectRows(/^menu/, /short note/);
  await library.readSideBySideButton.click();
  await expect(reader.surface.getByRole('alert')).toContainText(/no sentences to align/);
  await expect(reader.surface).not.toHaveAttribute('data-layout');
  await reader.backButton.click();
  await expect(library.grid).toBeVisible();
});

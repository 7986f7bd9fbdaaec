import { expect, seedFiles, test } from './fixtures';

test('dropping the five seed files imports them with their languages, titles and outlets', async ({
  library,
  imports,
}) => {
  await expect(library.region.getByText('Drop text files here or use Import files…')).toBeVisible();

  await imports.drop(await seedFiles());
  await imports.expectReport({ imported: 5, duplicate: 0, rejected: 0 });
  await imports.closeReport();

  await library.expectCount(5);
  expect((await library.column('language')).sort()).toEqual(['ar', 'ar', 'ar', 'en', 'fr']);
  const outlets = await library.column('outlet');
  for (const outlet of ['Hespress', 'Assahifa', 'APA']) expect(outlets).toContain(outlet);
  for (const title of await library.column('title')) expect(title.length).toBeGreaterThan(10);
  await expect(library.row(/دفعة جديدة للتعاون العسكري/)).toHaveCount(1);
});

test('a binary file, a duplicate and a PDF are reported and leave the library untouched', async ({
  library,
  imports,
}) => {
  const seeds = await seedFiles();
  await imports.drop(seeds);
  await imports.expectReport({ imported: 5 });
  await imports.closeReport();

  const binary = new Uint8Array(4096).map((_, i) => (i % 7 === 0 ? 0 : (i * 31) % 256));
  const duplicate = seeds[2];
  if (!duplicate) throw new Error('seed files missing');
  await imports.drop([
    { name: 'photo.txt', bytes: binary },
    { name: 'again.txt', bytes: duplicate.bytes },
    { name: 'report.pdf', bytes: new TextEncoder().encode('%PDF-1.7 not really a pdf') },
  ]);
  await imports.expectReport({ imported: 0, duplicate: 1, rejected: 2 });

  await expect(imports.reportRow('photo.txt')).toContainText('Rejected');
  await expect(imports.reportRow('photo.txt')).toContainText(/binary/i);
  await expect(imports.reportRow('again.txt')).toContainText('Duplicate');
  await expect(imports.reportRow('report.pdf')).toContainText('Rejected');
  await expect(imports.reportRow('report.pdf')).toContainText(
    /not a (plain )?text|unsupported|\.pdf/i,
  );
  await imports.closeReport();

  await library.expectCount(5);
});

test('the import report can be copied as text', async ({ page, imports }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await imports.drop([
    { name: 'note.txt', bytes: new TextEncoder().encode('A short note about Mali.\n') },
  ]);
  await imports.expectReport({ imported: 1 });
  await imports.report.getByRole('button', { name: 'Copy report' }).click();
  await expect(imports.report.getByText('Report copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText(),
  );
  expect(copied).toContain('imported\tnote.txt');
});

test('Import files… opens a file picker whose files are imported', async ({
  page,
  library,
  imports,
}) => {
  const [seed] = await seedFiles();
  if (!seed) throw new Error('seed files missing');
  const chooser = page.waitForEvent('filechooser');
  await imports.importFilesButton.click();
  await (
    await chooser
  ).setFiles({ name: seed.name, mimeType: 'text/plain', buffer: Buffer.from(seed.bytes) });
  await imports.expectReport({ imported: 1 });
  await imports.closeReport();
  await library.expectCount(1);
});

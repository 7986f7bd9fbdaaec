import { describe, expect, it } from 'vitest';
import { inlinePreparer, startPreparer } from '../../../../src/main/core/import/preparers';
import { sourcesFromUploads } from '../../../../src/main/core/import/sources';
import { seedFiles } from '../../helpers/temp';

describe('file preparers', () => {
  it('analyses in a worker thread exactly as inline', async () => {
    const preparer = startPreparer();
    expect(preparer).not.toBe(inlinePreparer);
    const seeds = await seedFiles();
    const sources = sourcesFromUploads(
      seeds.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes })),
    );
    const inWorker = await Promise.all(sources.map((source) => preparer.prepare(source)));
    const inline = await Promise.all(sources.map((source) => inlinePreparer.prepare(source)));
    expect(preparer.mode).toBe('worker');
    await preparer.close();
    expect(inWorker).toEqual(inline);
    expect(inWorker.map((p) => ('metadata' in p ? p.metadata.language : p.status))).toEqual([
      'ar',
      'ar',
      'ar',
      'fr',
      'en',
    ]);
  });

  it('reports bad files from the worker with their reasons', async () => {
    const preparer = startPreparer();
    const [binary] = sourcesFromUploads([
      { name: 'x.txt', size: 4, bytes: new Uint8Array([0, 1, 0, 2]) },
    ]);
    const result = await preparer.prepare(binary!);
    await preparer.close();
    expect(result).toMatchObject({ status: 'rejected', rejection: 'binary' });
  });
});

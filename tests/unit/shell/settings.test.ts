import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../../src/main/shell/settings';
import { tempDir } from '../helpers/temp';

describe('app settings', () => {
  it('round-trips window bounds and the last case', async () => {
    const path = join(await tempDir(), 'nested', 'settings.json');
    const settings = {
      window: { width: 1400, height: 900, x: 10, y: 20, maximized: false },
      lastCase: '/cases/a.parallax',
    };
    await saveSettings(path, settings);
    expect(await loadSettings(path)).toEqual(settings);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(settings);
  });

  it.each([
    ['a missing file', null],
    ['broken JSON', '{"window": {'],
    ['wrong types', '{"window": {"width": "wide", "height": 10}}'],
    ['an absurd window', '{"window": {"width": 5, "height": 5}}'],
  ])('falls back to defaults for %s', async (_label, content) => {
    const path = join(await tempDir(), 'settings.json');
    if (content !== null) await writeFile(path, content);
    expect(await loadSettings(path)).toEqual({});
  });
});

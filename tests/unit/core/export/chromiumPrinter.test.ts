import { describe, expect, it } from 'vitest';
import {
  createChromiumPrinter,
  findChromium,
} from '../../../../src/main/core/export/chromiumPrinter';
import { ParallaxError } from '../../../../src/shared/errors';

const PAGE = {
  headerTemplate: '<span></span>',
  footerTemplate: '<span></span>',
  margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' },
  format: 'A4' as const,
};

function existing(...paths: string[]): (path: string) => boolean {
  return (path) => paths.includes(path);
}

function refusal(run: () => unknown): ParallaxError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParallaxError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('findChromium', () => {
  it('takes PARALLAX_CHROMIUM first, even when a usual install exists', () => {
    const env = { PARALLAX_CHROMIUM: '/opt/chrome/chrome' };
    expect(findChromium(env, existing('/opt/chrome/chrome', '/usr/bin/chromium'), 'linux')).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('reports a PARALLAX_CHROMIUM that points nowhere rather than using another browser', () => {
    const error = refusal(() =>
      findChromium(
        { PARALLAX_CHROMIUM: '/nowhere/chrome' },
        existing('/usr/bin/chromium'),
        'linux',
      ),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain(
      'PARALLAX_CHROMIUM is set to /nowhere/chrome, but there is no file there.',
    );
  });

  it.each([
    [
      'linux',
      {},
      ['/usr/bin/google-chrome', '/usr/bin/chromium-browser'],
      '/usr/bin/chromium-browser',
    ],
    ['linux', {}, ['/snap/bin/chromium', '/usr/bin/chromium'], '/usr/bin/chromium'],
    [
      'darwin',
      {},
      [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ],
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    [
      'win32',
      { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' },
      [
        'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
        'C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      ],
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    ],
  ] as const)(
    'on %s finds the first usual install path that exists',
    (platform, env, present, expected) => {
      expect(findChromium(env, existing(...present), platform)).toBe(expected);
    },
  );

  it('says what to install or set when no browser is found', () => {
    const error = refusal(() => findChromium({}, () => false, 'linux'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(
      /^No Chromium was found to print the PDF with \(looked in \/usr\/bin\/chromium, /,
    );
    expect(error.message).toContain(
      'Install Chromium or Google Chrome, or set PARALLAX_CHROMIUM to the path of its binary.',
    );
  });
});

describe('createChromiumPrinter', () => {
  it('refuses to print with a clear error when the binary is missing, and can be closed unused', async () => {
    const printer = createChromiumPrinter({ executablePath: '/nowhere/chromium' });
    await expect(printer.printPdf('<p>x</p>', PAGE)).rejects.toMatchObject({
      code: 'unavailable',
      message: 'No Chromium binary at /nowhere/chromium.',
    });
    await printer.close();
  });
});

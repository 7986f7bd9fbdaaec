// The printer of the CLI, the web transport and the tests: a local Chromium driven by
// playwright-core. Started on the first print and kept for the next ones; each print gets a fresh
// context with JavaScript off and every request refused, so the page can only show what it holds.
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ParallaxError } from '../../../shared/errors';
import type { PdfPageOptions, PdfPrinter } from './printer';

export interface ChromiumPrinterOptions {
  /** A Chromium or Chrome binary; otherwise PARALLAX_CHROMIUM, then the usual install paths. */
  executablePath?: string;
  /**
   * The browser process's environment (default: this process's). The tests give it a font
   * configuration without Noto fonts, to prove the PDF uses the fonts the page embeds.
   */
  env?: Record<string, string>;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function installPaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => typeof root === 'string' && root !== '',
    );
    return roots.flatMap((root) => [
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

/**
 * The Chromium to print with: PARALLAX_CHROMIUM when set (and then only it: a wrong setting is
 * reported, not silently replaced), else the first of the usual install paths that exists.
 */
export function findChromium(
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean = existsSync,
  platform: NodeJS.Platform = process.platform,
): string {
  const configured = env.PARALLAX_CHROMIUM;
  if (configured !== undefined && configured !== '') {
    if (exists(configured)) return configured;
    throw new ParallaxError(
      'unavailable',
      `PARALLAX_CHROMIUM is set to ${configured}, but there is no file there. Point it at a Chromium or Google Chrome binary, or unset it to use an installed browser.`,
    );
  }
  const candidates = installPaths(env, platform);
  const found = candidates.find((path) => exists(path));
  if (found) return found;
  throw new ParallaxError(
    'unavailable',
    `No Chromium was found to print the PDF with (looked in ${candidates.join(', ')}). Install Chromium or Google Chrome, or set PARALLAX_CHROMIUM to the path of its binary. HTML and Markdown exports work without it.`,
  );
}

/** CSS lengths ('22mm') pass straight to Chromium's page.pdf, which takes the same units. */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  let launching: Promise<Browser> | null = null;

  const browser = (): Promise<Browser> => {
    launching ??= (async () => {
      const executablePath = options.executablePath ?? findChromium(process.env);
      if (!existsSync(executablePath)) {
        throw new ParallaxError('unavailable', `No Chromium binary at ${executablePath}.`);
      }
      const started = await chromium.launch({
        executablePath,
        args: LAUNCH_ARGS,
        ...(options.env ? { env: options.env } : {}),
      });
      // A crashed or killed browser is started again by the next print.
      started.on('disconnected', () => {
        launching = null;
      });
      return started;
    })();
    // A failed start (no binary) is retried next time: the user may install one meanwhile.
    launching.catch(() => {
      launching = null;
    });
    return launching;
  };

  return {
    async printPdf(html: string, page: PdfPageOptions): Promise<Uint8Array> {
      const context = await (
        await browser()
      ).newContext({
        javaScriptEnabled: false,
        offline: true,
        serviceWorkers: 'block',
      });
      try {
        const tab = await context.newPage();
        await tab.route('**/*', (route) => route.abort());
        await tab.setContent(html, { waitUntil: 'load' });
        // Page scripts are off, but playwright's own evaluation still runs: wait until every
        // inlined font is decoded so no page is printed with a fallback face.
        await tab.evaluate('document.fonts.ready.then(() => true)');
        const pdf = await tab.pdf({
          format: page.format,
          margin: page.margin,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: page.headerTemplate,
          footerTemplate: page.footerTemplate,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      const pending = launching;
      launching = null;
      if (!pending) return;
      const started = await pending.catch(() => null);
      await started?.close();
    },
  };
}

// The desktop app's printer: the export page printed by Chromium inside Electron, from a hidden,
// sandboxed window with JavaScript off. The page is served from memory by app://print/ in a
// session of its own rather than loaded as a data: URL, because Chromium caps URLs at 2 MB and a
// briefing with its inlined fonts can exceed that; the session refuses every other request.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { EXPORT_CSP } from './core/export/briefingHtml';
import { cssLengthToInches } from './core/export/pageLength';
import type { PdfPageOptions, PdfPrinter } from './core/export/printer';
import { APP_SCHEME } from './shell/trust';

const PRINT_PARTITION = 'parallax-print';
const PRINT_ORIGIN = `${APP_SCHEME}://print`;

function printSession(pages: Map<string, string>): Session {
  const printing = session.fromPartition(PRINT_PARTITION, { cache: false });
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printing.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const local = details.url.startsWith(`${PRINT_ORIGIN}/`) || details.url.startsWith('data:');
    callback({ cancel: !local });
  });
  printing.protocol.handle(APP_SCHEME, (request) => {
    const html = pages.get(new URL(request.url).pathname);
    if (html === undefined) return new Response('Not found.', { status: 404 });
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': EXPORT_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  return printing;
}

export function createElectronPrinter(): PdfPrinter {
  const pages = new Map<string, string>();
  let printing: Session | null = null;

  return {
    async printPdf(html: string, options: PdfPageOptions): Promise<Uint8Array> {
      printing ??= printSession(pages);
      const path = `/${randomUUID()}.html`;
      pages.set(path, html);
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printing,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          spellcheck: false,
          // Nothing in a briefing may open a window, not even by a middle click.
          disableBlinkFeatures: 'Auxclick',
        },
      });
      try {
        await window.loadURL(`${PRINT_ORIGIN}${path}`);
        const pdf = await window.webContents.printToPDF({
          pageSize: options.format,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: options.headerTemplate,
          footerTemplate: options.footerTemplate,
          margins: {
            top: cssLengthToInches(options.margin.top),
            bottom: cssLengthToInches(options.margin.bottom),
            left: cssLengthToInches(options.margin.left),
            right: cssLengthToInches(options.margin.right),
          },
        });
        return new Uint8Array(pdf);
      } finally {
        pages.delete(path);
        window.destroy();
      }
    },
    async close(): Promise<void> {
      pages.clear();
    },
  };
}

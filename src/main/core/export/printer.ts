// The printer port: turns a self-contained HTML page into PDF bytes. Each host passes its own in:
// Electron prints from a hidden window (webContents.printToPDF); the CLI, the web transport and the
// tests drive a local Chromium through playwright-core. Core never knows which.

export interface PdfPageOptions {
  /** Chromium header/footer templates (they may use the pageNumber and totalPages classes). */
  headerTemplate: string;
  footerTemplate: string;
  /** CSS margins, e.g. '22mm'. */
  margin: { top: string; bottom: string; left: string; right: string };
  format: 'A4' | 'Letter';
}

export interface PdfPrinter {
  printPdf(html: string, options: PdfPageOptions): Promise<Uint8Array>;
  /** Frees what the printer holds (a browser process); later prints start it again. */
  close(): Promise<void>;
}

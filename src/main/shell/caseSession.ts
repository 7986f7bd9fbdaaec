// The desktop app's open case and switching to another. The new case is opened before the old one
// is closed, so a file that cannot be opened leaves the current case as it was.
import type { EventSink } from '../../shared/contract';
import { restoreBackup } from '../core/backup/backups';
import { ParallaxCase } from '../core/case';
import type { PdfPrinter } from '../core/export/printer';
import type { CaseHost } from '../core/handlers';

export class CaseSession implements CaseHost {
  readonly nativeMenu = true;

  private constructor(
    private active: ParallaxCase,
    private readonly emit: EventSink,
    readonly printer: PdfPrinter,
  ) {}

  static async open(path: string, emit: EventSink, printer: PdfPrinter): Promise<CaseSession> {
    return new CaseSession(await ParallaxCase.open(path, emit), emit, printer);
  }

  current(): ParallaxCase {
    return this.active;
  }

  async switchTo(path: string): Promise<void> {
    const next = await ParallaxCase.open(path, this.emit);
    const previous = this.active;
    this.active = next;
    await previous.close();
    this.emit('caseChanged', await next.info(this.nativeMenu));
  }

  /**
   * Puts a backup in place of the open case and reopens it. The case is closed first (the file is
   * replaced); if the restore fails, the case is reopened as it was (restoreBackup puts it back).
   */
  async restoreFrom(backupPath: string): Promise<{ replaced: string | null }> {
    const path = this.active.path;
    await this.active.close();
    try {
      return await restoreBackup(backupPath, path);
    } finally {
      this.active = await ParallaxCase.open(path, this.emit);
      this.emit('caseChanged', await this.active.info(this.nativeMenu));
    }
  }

  async close(): Promise<void> {
    await this.printer.close();
    await this.active.close();
  }
}

// The desktop app's open case and switching to another. The new case is opened before the old one
// is closed, so a file that cannot be opened leaves the current case as it was.
import type { EventSink } from '../../shared/contract';
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

  async close(): Promise<void> {
    await this.printer.close();
    await this.active.close();
  }
}

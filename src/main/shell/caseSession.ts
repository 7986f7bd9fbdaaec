// The desktop app's open case and switching to another. The new case is opened before the old one
// is closed, so a file that cannot be opened leaves the current case as it was.
import type { EventSink } from '../../shared/contract';
import { ParallaxCase } from '../core/case';
import type { CaseHost } from '../core/handlers';

export class CaseSession implements CaseHost {
  readonly nativeMenu = true;

  private constructor(
    private active: ParallaxCase,
    private readonly emit: EventSink,
  ) {}

  static async open(path: string, emit: EventSink): Promise<CaseSession> {
    return new CaseSession(await ParallaxCase.open(path, emit), emit);
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

  close(): Promise<void> {
    return this.active.close();
  }
}

// The app commands the briefing panel answers (from the menu, a shortcut or a button elsewhere),
// delivered as a window event like the tagging command, so the shell needs no handle on the panel.
export type BriefingCommand = 'insertQuote' | 'citeSource' | 'exportBriefingPdf';

const EVENT = 'parallax:briefing-command';

export function requestBriefingCommand(command: BriefingCommand): void {
  window.dispatchEvent(new CustomEvent<BriefingCommand>(EVENT, { detail: command }));
}

export function onBriefingCommand(listener: (command: BriefingCommand) => void): () => void {
  const handle = (event: Event) => {
    if (event instanceof CustomEvent) listener(event.detail as BriefingCommand);
  };
  window.addEventListener(EVENT, handle);
  return () => window.removeEventListener(EVENT, handle);
}

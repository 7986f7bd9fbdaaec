// The native menu, described as data from the shared command registry so the menu, the shortcuts
// and the renderer's buttons cannot disagree. The Electron glue turns it into a Menu.
import { appCommands, type AppCommandId } from '../../shared/commands';

export type MenuRole =
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'appMenu';

export type MenuEntry =
  | { kind: 'command'; command: AppCommandId; label: string; accelerator: string | null }
  | { kind: 'role'; role: MenuRole }
  | { kind: 'separator' };

export interface MenuSection {
  label: string;
  entries: MenuEntry[];
}

const command = (id: AppCommandId): MenuEntry => ({
  kind: 'command',
  command: id,
  label: appCommands[id].label,
  accelerator: appCommands[id].accelerator,
});
const role = (name: MenuRole): MenuEntry => ({ kind: 'role', role: name });
const separator: MenuEntry = { kind: 'separator' };

export function menuTemplate(platform: NodeJS.Platform, withDevTools: boolean): MenuSection[] {
  const sections: MenuSection[] = [];
  if (platform === 'darwin') sections.push({ label: 'Parallax', entries: [role('appMenu')] });
  sections.push(
    {
      label: 'File',
      entries: [
        command('newCase'),
        command('openCase'),
        separator,
        command('importFiles'),
        command('importFolder'),
        separator,
        command('exportBriefingPdf'),
        separator,
        command('restoreBackup'),
        ...(platform === 'darwin' ? [] : [separator, role('quit')]),
      ],
    },
    {
      label: 'Edit',
      entries: [
        role('undo'),
        role('redo'),
        separator,
        role('cut'),
        role('copy'),
        role('paste'),
        role('selectAll'),
        separator,
        command('tagSelection'),
        command('insertQuote'),
        command('citeSource'),
      ],
    },
    {
      label: 'View',
      entries: [
        command('focusSearch'),
        command('showLibrary'),
        command('readSideBySide'),
        command('showQuotes'),
        command('showBriefings'),
        separator,
        role('resetZoom'),
        role('zoomIn'),
        role('zoomOut'),
        separator,
        role('togglefullscreen'),
        ...(withDevTools ? [role('reload'), role('toggleDevTools')] : []),
      ],
    },
    { label: 'Help', entries: [command('showShortcuts')] },
  );
  return sections;
}

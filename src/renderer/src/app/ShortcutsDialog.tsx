// The keyboard shortcuts sheet (F1, Help ▸ Keyboard shortcuts): the app's commands from the
// registry, then each view's keys from the lists kept beside the handlers that act on them, so
// the sheet cannot promise a key nothing handles.
import { appCommandIds, appCommands } from '../../../shared/commands';
import { BRIEFING_KEY_HELP } from '../features/briefings';
import { LIBRARY_KEY_HELP } from '../features/library';
import { TAG_TREE_KEY_HELP } from '../features/quotes';
import { READER_KEY_HELP } from '../features/reader';
import { Button, Dialog, keysLabel, type KeyHelp } from '../ui';

const COMMAND_KEYS: KeyHelp = appCommandIds.flatMap((id) => {
  const { accelerator, label } = appCommands[id];
  return accelerator ? [[accelerator, label.replace('…', '')] as const] : [];
});

/** What the undo notices and dialogs do, wherever they appear. */
const EVERYWHERE_KEYS: KeyHelp = [
  ['CmdOrCtrl+Z', 'undo deleting a quote or a briefing, while its notice shows'],
  ['Esc', 'close a dialog, a popover or a menu'],
];

const SECTIONS: readonly { title: string; keys: KeyHelp }[] = [
  { title: 'Commands', keys: COMMAND_KEYS },
  { title: 'Everywhere', keys: EVERYWHERE_KEYS },
  { title: 'Library', keys: LIBRARY_KEY_HELP },
  { title: 'Reading side by side', keys: READER_KEY_HELP },
  { title: 'Tag tree', keys: TAG_TREE_KEY_HELP },
  { title: 'Briefing editor', keys: BRIEFING_KEY_HELP },
];

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      onClose={onClose}
      wide
      footer={
        <Button data-autofocus onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className="shortcuts">
        {SECTIONS.map(({ title, keys }) => (
          <section key={title} className="shortcuts__section" aria-label={title}>
            <h3 className="shortcuts__title">{title}</h3>
            <dl className="shortcuts__list">
              {keys.map(([accelerator, what]) => (
                <div key={accelerator} className="shortcuts__row">
                  <dt>
                    <kbd>{keysLabel(accelerator)}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}

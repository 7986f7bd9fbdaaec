// Runs app commands from the keyboard (browser mode) or from the native menu (Electron).
import { useEffect, useEffectEvent } from 'react';
import { appCommands, type AppCommandId } from '../../../shared/commands';
import { useApiEvent } from '../api';
import { commandForKey } from './shortcuts';

export function useAppCommands(nativeMenu: boolean, run: (command: AppCommandId) => void): void {
  const onCommand = useEffectEvent(run);

  useApiEvent('menuCommand', ({ command }) => {
    if (appCommands[command].handledBy === 'renderer') run(command);
  });

  useEffect(() => {
    // With a native menu, its accelerators fire first and arrive as menuCommand events.
    if (nativeMenu) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      onCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [nativeMenu]);
}

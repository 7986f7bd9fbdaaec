// Wires every contract method onto IPC. Each call is checked for its sender frame (our app://
// page, top frame) and validated against the contract's zod schema before core sees it.
import { ipcMain, type WebContents } from 'electron';
import {
  IPC_CALL_PREFIX,
  IPC_EVENT_PREFIX,
  methodNames,
  type CallResult,
  type EventName,
  type EventPayload,
  type Handlers,
} from '../shared/contract';
import { ParallaxError, serialiseError } from '../shared/errors';
import { dispatchCall } from './core/dispatch';
import { isTrustedSender } from './shell/trust';

export function registerContract(handlers: Handlers): void {
  for (const method of methodNames) {
    ipcMain.handle(
      `${IPC_CALL_PREFIX}${method}`,
      async (event, input: unknown): Promise<CallResult<unknown>> => {
        const frame = event.senderFrame;
        if (!isTrustedSender(frame?.url, frame !== null && frame === frame.top)) {
          return {
            ok: false,
            error: serialiseError(
              new ParallaxError('forbidden', 'Calls are accepted only from the Parallax window.'),
            ),
          };
        }
        try {
          return { ok: true, result: await dispatchCall(handlers, method, input) };
        } catch (error) {
          return { ok: false, error: serialiseError(error) };
        }
      },
    );
  }
}

export function sendEvent<E extends EventName>(
  target: WebContents | undefined,
  event: E,
  payload: EventPayload<E>,
): void {
  if (target && !target.isDestroyed()) target.send(`${IPC_EVENT_PREFIX}${event}`, payload);
}

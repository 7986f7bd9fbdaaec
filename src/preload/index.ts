// Builds window.parallax from the contract: one function per method, plus event subscriptions.
// No logic and no generic send(channel): only the contract's names can cross.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CALL_PREFIX,
  IPC_EVENT_PREFIX,
  isEventName,
  methodNames,
  type CallResult,
  type EventName,
  type EventPayload,
  type ParallaxBridge,
} from '../shared/contract';

const methods = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (input: unknown): Promise<CallResult<unknown>> =>
      ipcRenderer.invoke(`${IPC_CALL_PREFIX}${method}`, input) as Promise<CallResult<unknown>>,
  ]),
);

function on<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}`);
  const channel = `${IPC_EVENT_PREFIX}${event}`;
  const forward = (_event: IpcRendererEvent, payload: EventPayload<E>): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge = { ...methods, on } as ParallaxBridge;

contextBridge.exposeInMainWorld('parallax', bridge);

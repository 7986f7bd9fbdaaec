// The contract over HTTP, for the browser mode and the e2e tests: one POST per call and one
// EventSource shared by every event subscription (the browser reconnects it by itself).
// It provides the same ParallaxBridge as Electron's preload, so the rest of the api layer is shared.
import {
  eventNames,
  isEventName,
  methodNames,
  type CallResult,
  type EventName,
  type EventPayload,
  type MethodName,
  type ParallaxBridge,
  type Unsubscribe,
} from '../../../shared/contract';
import { isSerialisedError, type SerialisedError } from '../../../shared/errors';
import { fromWire, toWire } from '../../../shared/wire';

type Listener = (payload: unknown) => void;

class EventHub {
  private source: EventSource | null = null;
  private readonly listeners = new Map<EventName, Set<Listener>>(
    eventNames.map((name) => [name, new Set<Listener>()]),
  );

  constructor(private readonly url: string) {}

  on(event: EventName, listener: Listener): Unsubscribe {
    this.connect();
    this.listeners.get(event)?.add(listener);
    return () => {
      this.listeners.get(event)?.delete(listener);
    };
  }

  private connect(): void {
    if (this.source) return;
    this.source = new EventSource(this.url);
    this.source.onmessage = (message: MessageEvent<string>) => this.dispatch(message.data);
  }

  private dispatch(data: string): void {
    let message: unknown;
    try {
      message = fromWire(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const { event, payload } = message as { event?: unknown; payload?: unknown };
    if (typeof event !== 'string' || !isEventName(event)) return;
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }
}

function failure(error: SerialisedError): CallResult<never> {
  return { ok: false, error };
}

function isCallResult(value: unknown): value is CallResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const outcome = value as { ok?: unknown; error?: unknown };
  return outcome.ok === true || (outcome.ok === false && isSerialisedError(outcome.error));
}

async function post(
  token: string,
  method: MethodName,
  input: unknown,
): Promise<CallResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': token },
      body: toWire(input),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure({
      code: 'case-unavailable',
      message: `Cannot reach the Parallax core (${reason}).`,
    });
  }
  const text = await response.text();
  let outcome: unknown = null;
  try {
    outcome = fromWire(text);
  } catch {
    // Not JSON: a refusal from the server itself, handled below.
  }
  if (isCallResult(outcome)) return outcome;
  if (response.status === 403) {
    return failure({
      code: 'forbidden',
      message: 'This page is not authorised: open the address Parallax printed when it started.',
    });
  }
  return failure({
    code: 'internal',
    message: `Unexpected answer from the core (HTTP ${response.status}).`,
  });
}

export function createHttpBridge(token: string): ParallaxBridge {
  const hub = new EventHub(`/api/events?token=${encodeURIComponent(token)}`);
  const methods = Object.fromEntries(
    methodNames.map((name) => [name, (input: unknown) => post(token, name, input)]),
  ) as Omit<ParallaxBridge, 'on'>;
  return {
    ...methods,
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return hub.on(event, listener as Listener);
    },
  };
}

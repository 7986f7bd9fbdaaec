// Picks the transport (Electron's preload bridge when present, else HTTP with the page's token)
// and turns its CallResults into a ParallaxApi whose failures are thrown as ParallaxErrors.
import {
  methodNames,
  type CallResult,
  type ParallaxApi,
  type ParallaxBridge,
} from '../../../shared/contract';
import { toParallaxError } from './errors';
import { createHttpBridge } from './httpBridge';
import { takeSessionToken } from './token';

declare global {
  interface Window {
    parallax?: ParallaxBridge;
  }
}

function fromBridge(bridge: ParallaxBridge): ParallaxApi {
  const methods = Object.fromEntries(
    methodNames.map((name) => {
      const call = bridge[name] as (input: unknown) => Promise<CallResult<unknown>>;
      const unwrapped = async (input: unknown) => {
        let outcome: CallResult<unknown>;
        try {
          outcome = await call(input);
        } catch (error) {
          throw toParallaxError(error);
        }
        if (!outcome.ok) throw toParallaxError(outcome.error);
        return outcome.result;
      };
      return [name, unwrapped];
    }),
  ) as Omit<ParallaxApi, 'on'>;
  return { ...methods, on: (event, listener) => bridge.on(event, listener) };
}

/** Without a token every call fails with a message saying how to get one. */
function bridgeWithoutToken(): ParallaxBridge {
  const refusal: CallResult<unknown> = {
    ok: false,
    error: {
      code: 'forbidden',
      message: 'No access token: open the address Parallax printed when it started.',
    },
  };
  const refuse = (_input: unknown): Promise<CallResult<unknown>> => Promise.resolve(refusal);
  const methods = Object.fromEntries(methodNames.map((name) => [name, refuse]));
  return { ...(methods as Omit<ParallaxBridge, 'on'>), on: () => () => undefined };
}

function resolveBridge(): ParallaxBridge {
  if (window.parallax) return window.parallax;
  const token = takeSessionToken();
  return token ? createHttpBridge(token) : bridgeWithoutToken();
}

export const api: ParallaxApi = fromBridge(resolveBridge());

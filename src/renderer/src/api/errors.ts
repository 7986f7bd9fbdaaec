// Every failure the UI shows is a ParallaxError, whatever transport produced it.
import { ParallaxError, isSerialisedError, type ErrorCode } from '../../../shared/errors';

// Every code, checked by the compiler: a code added to ErrorCode and not here fails to build.
const ERROR_CODES: Record<ErrorCode, true> = {
  'invalid-input': true,
  'not-found': true,
  'unknown-method': true,
  forbidden: true,
  'case-unavailable': true,
  'schema-too-new': true,
  busy: true,
  'needs-confirmation': true,
  unavailable: true,
  internal: true,
};

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

// Electron's ipcRenderer.invoke prefixes rejected messages with the channel name.
const IPC_PREFIX = /^Error invoking remote method '[^']*': (?:\w*Error: )?/;

export function toParallaxError(error: unknown): ParallaxError {
  if (error instanceof ParallaxError) return error;
  if (isSerialisedError(error)) {
    return new ParallaxError(isErrorCode(error.code) ? error.code : 'internal', error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ParallaxError('internal', message.replace(IPC_PREFIX, ''));
}

export { ParallaxError };

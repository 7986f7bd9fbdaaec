// Every failure the UI shows is a ParallaxError, whatever transport produced it.
import { ParallaxError, isSerialisedError, type ErrorCode } from '../../../shared/errors';

const ERROR_CODES: readonly ErrorCode[] = [
  'invalid-input',
  'not-found',
  'unknown-method',
  'forbidden',
  'case-unavailable',
  'schema-too-new',
  'busy',
  'internal',
];

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
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

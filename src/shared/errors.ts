// The one error type that crosses the process boundary: a stable code plus a sentence for people.

export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'unknown-method'
  | 'forbidden'
  | 'case-unavailable'
  | 'schema-too-new'
  | 'busy'
  /** Refused until the user confirms (e.g. deleting what a briefing cites); resend with the flag. */
  | 'needs-confirmation'
  /** A host facility is missing (no Chromium to print a PDF with): the message says what to install. */
  | 'unavailable'
  | 'internal';

export class ParallaxError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ParallaxError';
    this.code = code;
  }
}

export interface SerialisedError {
  code: ErrorCode;
  message: string;
}

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof ParallaxError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}

export function isSerialisedError(value: unknown): value is SerialisedError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SerialisedError).code === 'string' &&
    typeof (value as SerialisedError).message === 'string'
  );
}

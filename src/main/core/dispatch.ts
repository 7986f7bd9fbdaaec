// Validates one call from outside (IPC or HTTP) against the contract, then runs its handler.
// Nothing reaches a handler without passing its zod schema.
import type { z } from 'zod';
import { contract, isMethodName, type Handlers, type MethodName } from '../../shared/contract';
import { ParallaxError } from '../../shared/errors';

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map(
      (issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ` : '') + issue.message,
    )
    .join('; ');
}

export async function dispatchCall(
  handlers: Handlers,
  method: string,
  input: unknown,
): Promise<unknown> {
  if (!isMethodName(method)) {
    throw new ParallaxError(
      'unknown-method',
      `There is no method called ${JSON.stringify(method.slice(0, 100))}.`,
    );
  }
  const handler = handlers[method] as (args: unknown) => Promise<unknown>;
  return handler(validate(method, input));
}

/** The input as the method's schema parses it; a schema check that throws is bad input too. */
function validate(method: MethodName, input: unknown): unknown {
  const schema: z.ZodType = contract[method].input;
  let parsed: z.ZodSafeParseResult<unknown>;
  try {
    parsed = schema.safeParse(input ?? {});
  } catch (error) {
    throw new ParallaxError(
      'invalid-input',
      `Invalid input for ${method}: ${(error as Error).message}`,
    );
  }
  if (!parsed.success) {
    throw new ParallaxError(
      'invalid-input',
      `Invalid input for ${method}: ${describeIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}

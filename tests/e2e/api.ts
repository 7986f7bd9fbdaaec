// Calls to the web transport from a test, as the page makes them: to set up data the test is not
// about, or to read back what the UI stored.
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract';

export interface Server {
  url: string;
  token: string;
}

export async function call<M extends MethodName>(
  server: Server,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const response = await fetch(new URL(`/api/${method}`, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': server.token },
    body: JSON.stringify(input),
  });
  const outcome = (await response.json()) as { ok: boolean; result: unknown; error?: unknown };
  if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
  return outcome.result as MethodOutput<M>;
}

/** The test case's documents (a handful: one page holds them all), as the library lists them. */
export async function listAllDocuments(server: Server) {
  const { rows, total } = await call(server, 'listDocumentPage', { offset: 0, limit: 500 });
  if (total > rows.length) throw new Error(`${total} documents: more than one page`);
  return rows;
}

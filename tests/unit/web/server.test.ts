import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../../src/main/web/server';
import { fromWire, toWire } from '../../../src/shared/wire';
import { seedFiles, tempCasePath, tempDir } from '../helpers/temp';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(
  server: RunningWebServer,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(
  server: RunningWebServer,
  method: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return call(server, `/api/${method}`, {
    method: 'POST',
    headers: { 'X-Parallax-Token': server.token, 'Content-Type': 'application/json', ...headers },
    body: toWire(input),
  });
}

let server: RunningWebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<RunningWebServer> {
  const rendererDir = await tempDir();
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startWebServer({ casePath: await tempCasePath(), rendererDir });
  return server;
}

describe('web transport: access', () => {
  it('binds 127.0.0.1 and gives a URL carrying a random token', async () => {
    const s = await start();
    expect(s.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.url).toBe(`${s.origin}/?token=${s.token}`);
    expect(s.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses the page and the API without the token', async () => {
    const s = await start();
    expect((await call(s, '/')).status).toBe(403);
    expect((await call(s, '/?token=wrong')).status).toBe(403);
    const reply = await api(s, 'getCaseInfo', {}, { 'X-Parallax-Token': 'nope' });
    expect(reply.status).toBe(403);
  });

  it('serves the page with the token, sets a cookie and the CSP', async () => {
    const s = await start();
    const page = await call(s, `/?token=${s.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    const asset = await call(s, '/assets/app.js', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it.each(['evil.example:80', 'example.com', '192.168.1.10'])(
    'refuses Host %s (DNS rebinding)',
    async (host) => {
      const s = await start();
      const reply = await call(s, `/?token=${s.token}`, { headers: { Host: host } });
      expect(reply.status).toBe(421);
    },
  );

  it('refuses a foreign Origin even with the token', async () => {
    const s = await start();
    const reply = await api(s, 'getCaseInfo', {}, { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const ok = await api(s, 'getCaseInfo', {}, { Origin: s.origin });
    expect(ok.status).toBe(200);
  });

  it('never serves a file outside the renderer folder', async () => {
    const s = await start();
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
    ]) {
      const reply = await call(s, `${path}?token=${s.token}`);
      expect(reply.status).toBe(404);
    }
  });
});

describe('web transport: the contract over HTTP', () => {
  it('answers a call with its result', async () => {
    const s = await start();
    const reply = await api(s, 'getCaseInfo', {});
    expect(reply.status).toBe(200);
    expect(fromWire(reply.body)).toMatchObject({
      ok: true,
      result: { documentCount: 0, nativeMenu: false },
    });
  });

  it('refuses invalid input with a specific message', async () => {
    const s = await start();
    const reply = await api(s, 'getDocument', { id: -4 });
    expect(reply.status).toBe(400);
    const body = fromWire(reply.body) as { ok: false; error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message).toMatch(/^Invalid input for getDocument: id:/);
  });

  it('refuses a body that is not JSON as bad input, not as a server fault', async () => {
    const s = await start();
    const reply = await call(s, '/api/getDocument', {
      method: 'POST',
      headers: { 'X-Parallax-Token': s.token },
      body: '{"id": 1',
    });
    expect(reply.status).toBe(400);
    expect(fromWire(reply.body)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
    });
  });

  it('refuses a GET on a contract call and an oddly encoded method name', async () => {
    const s = await start();
    expect((await call(s, `/api/getCaseInfo?token=${s.token}`)).status).toBe(405);
    const reply = await api(s, '%E0%A4%A', {});
    expect(reply.status).toBe(404);
    expect((fromWire(reply.body) as { error: { code: string } }).error.code).toBe('unknown-method');
  });

  it('refuses unknown methods and unknown ids', async () => {
    const s = await start();
    expect((await api(s, 'dropAllTables', {})).status).toBe(404);
    const missing = await api(s, 'getDocument', { id: 999 });
    expect(missing.status).toBe(404);
    expect((fromWire(missing.body) as { error: { message: string } }).error.message).toBe(
      'There is no document 999 in this case.',
    );
  });

  it('imports uploaded bytes, reports progress over SSE, then finds the words', async () => {
    const s = await start();
    const { port } = new URL(s.origin);
    const events: string[] = [];
    const stream = request({ host: '127.0.0.1', port, path: `/api/events?token=${s.token}` });
    const connected = new Promise<void>((resolve) => {
      stream.on('response', (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          events.push(chunk);
          resolve();
        });
      });
    });
    stream.end();
    await connected;

    const seeds = await seedFiles();
    const files = seeds.map((seed) => ({
      name: seed.name,
      size: seed.bytes.length,
      bytes: seed.bytes,
    }));
    const reply = await api(s, 'importFiles', { jobId: 'job-1', files });
    const report = (fromWire(reply.body) as { result: { items: { status: string }[] } }).result;
    expect(report.items.map((i) => i.status)).toEqual(Array(5).fill('imported'));

    const search = await api(s, 'search', { query: 'Mouhib' });
    const hits = (fromWire(search.body) as { result: { hits: { snippet: string }[] } }).result.hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.includes('Mouhib'))).toBe(true);

    await new Promise((r) => setTimeout(r, 50));
    const messages = events
      .join('')
      .split('\n\n')
      .filter((m) => m.startsWith('data: '));
    const names = messages.map((m) => (fromWire(m.slice(6)) as { event: string }).event);
    expect(names).toContain('importProgress');
    expect(names.at(-1)).toBe('importFinished');
    stream.destroy();
  });
});

describe('web transport: metadata validation', () => {
  it.each([
    [{ publishedAt: '2025-02-30' }, /publishedAt: not a calendar date/],
    [{ publishedAt: '19/02/2025' }, /publishedAt: expected a date as YYYY-MM-DD/],
    [{ title: '   ' }, /title: a title cannot be empty/],
    [{}, /no change given/],
    [{ language: 'Arabic' }, /language: expected a language code/],
  ])('refuses %j with a specific message', async (changes, message) => {
    const s = await start();
    const reply = await api(s, 'updateDocumentMetadata', { id: 1, changes });
    expect(reply.status).toBe(400);
    expect((fromWire(reply.body) as { error: { message: string } }).error.message).toMatch(message);
  });
});

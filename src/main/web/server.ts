// The HTTP transport of the contract: the built renderer and the same calls as IPC, on 127.0.0.1
// only, behind a random per-run token, with Host and Origin checked against DNS rebinding.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, EventPayload } from '../../shared/contract';
import { RENDERER_CSP } from '../../shared/csp';
import { ParallaxError, serialiseError, type ErrorCode } from '../../shared/errors';
import { fromWire, toWire } from '../../shared/wire';
import { ParallaxCase } from '../core/case';
import { dispatchCall } from '../core/dispatch';
import { createChromiumPrinter } from '../core/export/chromiumPrinter';
import type { PdfPrinter } from '../core/export/printer';
import { createHandlers } from '../core/handlers';
import { serveStatic } from './static';

export interface WebServerOptions {
  casePath: string;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Prints briefings to PDF; by default a local Chromium, started on the first export. */
  printer?: PdfPrinter;
}

export interface RunningWebServer {
  /** The address to open, token included. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const TOKEN_COOKIE = 'parallax_token';
/** Upper bound of one request body: an import call carries files of up to 50 MB as base64. */
const MAX_BODY_BYTES = 80 * 1024 * 1024;

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  'invalid-input': 400,
  'unknown-method': 404,
  'not-found': 404,
  forbidden: 403,
  'needs-confirmation': 409,
  busy: 409,
  'schema-too-new': 409,
  'case-unavailable': 503,
  unavailable: 503,
};

function tokenMatches(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = toWire(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(payload);
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(message);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new ParallaxError('invalid-input', 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A call's input from its body; a body that is not our JSON is refused as bad input. */
function parseBody(body: string): unknown {
  try {
    return fromWire(body || '{}');
  } catch {
    throw new ParallaxError('invalid-input', 'The request body is not valid JSON.');
  }
}

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    const message = `data: ${toWire({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(message);
  };
  const parallaxCase = await ParallaxCase.open(options.casePath, emit);
  // A printer passed in belongs to the caller; the one made here is closed with the server.
  const printer = options.printer ?? createChromiumPrinter();
  const ownsPrinter = options.printer === undefined;
  const handlers = createHandlers({ current: () => parallaxCase, nativeMenu: false, printer });
  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        sendJson(response, 500, { ok: false, error: serialiseError(error) });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      refuse(response, 421, 'This server answers only to 127.0.0.1 and localhost.');
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      refuse(response, 403, 'Cross-origin requests are refused.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const queryToken = url.searchParams.get('token') ?? undefined;
    const authorised =
      tokenMatches(request.headers['x-parallax-token'] as string | undefined, token) ||
      tokenMatches(cookieValue(request, TOKEN_COOKIE), token) ||
      (request.method === 'GET' && tokenMatches(queryToken, token));
    if (!authorised) {
      refuse(
        response,
        403,
        'Open the address printed by `npm run web`: it carries the access token.',
      );
      return;
    }

    if (url.pathname === '/api/events' && request.method === 'GET') {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') {
        refuse(response, 405, 'Contract calls use POST.');
        return;
      }
      // The path was parsed by URL; only its name part is used, never decoded into a file path.
      const method = url.pathname.slice('/api/'.length);
      try {
        const input = parseBody(await readBody(request));
        const result = await dispatchCall(handlers, method, input);
        sendJson(response, 200, { ok: true, result });
      } catch (error) {
        const serialised = serialiseError(error);
        sendJson(response, STATUS_BY_CODE[serialised.code] ?? 500, {
          ok: false,
          error: serialised,
        });
      }
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      refuse(response, 405, 'Method not allowed.');
      return;
    }
    // The page keeps the token as an HttpOnly cookie so its scripts, styles and fonts load.
    const cookie = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    await serveStatic(options.rendererDir, url.pathname, response, {
      'Content-Security-Policy': RENDERER_CSP,
      'Set-Cookie': cookie,
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    async close() {
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownsPrinter) await printer.close();
      await parallaxCase.close();
    },
  };
}

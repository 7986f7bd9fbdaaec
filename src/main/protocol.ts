// Serves the renderer from app://parallax/ (not file://), with the CSP on every HTML response.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { RENDERER_CSP } from '../shared/csp';
import { APP_HOST, APP_SCHEME } from './shell/trust';
import { contentTypeOf, resolveInside } from './web/static';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const path = url.host === APP_HOST ? resolveInside(rendererDir, url.pathname) : null;
    const body = path ? await readFile(path).catch(() => null) : null;
    if (!path || !body) return new Response('Not found.', { status: 404 });
    const type = contentTypeOf(extname(path));
    return new Response(body, {
      headers: {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        ...(type.startsWith('text/html') ? { 'Content-Security-Policy': RENDERER_CSP } : {}),
      },
    });
  });
}

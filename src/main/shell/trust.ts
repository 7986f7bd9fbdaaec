// Who main trusts and what the renderer may reach, as plain functions the tests exercise
// (the Electron glue in src/main/*.ts only wires them up).

/** The renderer's origin: files served by our own app:// protocol handler. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parallax';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** IPC is answered only for our own page in the top frame. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean): boolean {
  if (!frameUrl || !isTopFrame) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

const LOCAL_PROTOCOLS = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

/** Every request leaving the app is cancelled: Parallax never talks to a network. */
export function isNetworkRequest(requestUrl: string): boolean {
  try {
    return !LOCAL_PROTOCOLS.has(new URL(requestUrl).protocol);
  } catch {
    return true;
  }
}

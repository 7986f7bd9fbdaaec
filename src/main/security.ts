// Hardening that holds for every window: no permissions, no navigation, no new windows, no
// network. Content comes only from app://.
import { app, session, type Session } from 'electron';
import { isNetworkRequest } from './shell/trust';

function hardenSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: isNetworkRequest(details.url) });
  });
  target.setSpellCheckerEnabled(false);
}

export function applySecurityPolicy(): void {
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

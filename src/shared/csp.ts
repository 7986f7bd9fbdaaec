// The renderer's Content Security Policy, sent by both hosts (app:// in Electron, HTTP in web mode):
// nothing but the app's own files, no inline script, no remote anything.
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

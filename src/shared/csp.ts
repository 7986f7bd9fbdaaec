// The renderer's Content Security Policy, sent by both hosts (app:// in Electron, HTTP in web mode):
// nothing but the app's own files, no inline script, no remote anything; and Trusted Types with no
// policy at all, so no string can ever become HTML or script in the page (innerHTML, DOMParser,
// eval and the like throw): imported text can only ever be text.
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
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

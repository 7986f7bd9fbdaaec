import { describe, expect, it } from 'vitest';
import { isNetworkRequest, isTrustedSender } from '../../../src/main/shell/trust';

describe('isTrustedSender', () => {
  it.each([
    ['app://parallax/index.html', true, true],
    ['app://parallax/', true, true],
    ['app://parallax/index.html', false, false],
    ['app://evil/index.html', true, false],
    ['file:///etc/passwd', true, false],
    ['http://127.0.0.1:3000/', true, false],
    ['https://parallax/', true, false],
    ['not a url', true, false],
    [undefined, true, false],
  ])('%s (top frame: %s) → %s', (url, top, expected) => {
    expect(isTrustedSender(url, top)).toBe(expected);
  });
});

describe('isNetworkRequest', () => {
  it.each([
    ['https://fonts.googleapis.com/css', true],
    ['http://127.0.0.1:8080/', true],
    ['ws://localhost/socket', true],
    ['wss://example.com/', true],
    ['ftp://example.com/file', true],
    ['file:///etc/passwd', true],
    ['garbage', true],
    ['app://parallax/assets/index.js', false],
    ['data:image/png;base64,AAAA', false],
    ['blob:app://parallax/123', false],
    ['devtools://devtools/bundled/inspector.html', false],
  ])('%s → blocked: %s', (url, blocked) => {
    expect(isNetworkRequest(url)).toBe(blocked);
  });
});

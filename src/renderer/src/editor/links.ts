// A briefing links only to its own sections: '#' plus a heading's anchor. Anything else (a web
// address, javascript:, a file) is refused, because the briefing is read offline and exported.
const INTERNAL_LINK = /^#[\p{L}\p{N}\p{M}-]+$/u;

export function isInternalLink(url: string): boolean {
  return INTERNAL_LINK.test(url);
}

// What a citation shows from what the store says: its tooltip, its quote's state, and which links
// a briefing may hold.
import { describe, expect, it } from 'vitest';
import {
  quoteStatus,
  sourceTooltip,
} from '../../../../src/renderer/src/editor/citations/sourceLabel';
import { isInternalLink } from '../../../../src/renderer/src/editor/links';
import { headingAnchor } from '../../../../src/shared/briefings/state';
import type { DocumentId, QuoteInfo, SourceInfo } from '../../../../src/shared/domain';

const SOURCE: SourceInfo = {
  documentId: 7 as DocumentId,
  exists: true,
  title: 'المغرب ومالي يعززان التعاون',
  outlet: 'Hespress',
  publishedAt: '2025-02-22',
  language: 'ar',
  fileName: 'hespress.txt',
  fingerprint: 'abcd1234',
};

const QUOTE: QuoteInfo = {
  uid: 'quote_abc12',
  exists: true,
  documentId: 7 as DocumentId,
  text: 'x',
  language: 'ar',
  matchesSource: true,
};

describe('sourceTooltip', () => {
  it.each<[string, SourceInfo | undefined, string]>([
    ['a dated source', SOURCE, 'Hespress, 22 Feb 2025 — المغرب ومالي يعززان التعاون'],
    [
      'an undated source with no outlet',
      { ...SOURCE, outlet: null, publishedAt: null },
      'Unknown outlet, undated — المغرب ومالي يعززان التعاون',
    ],
    [
      'a timestamp as the date',
      { ...SOURCE, publishedAt: '2025-02-22T10:00:00Z' },
      'Hespress, 22 Feb 2025 — المغرب ومالي يعززان التعاون',
    ],
    ['a deleted source', { ...SOURCE, exists: false }, 'Source deleted: this citation is broken'],
    ['a source not resolved yet', undefined, 'Loading source…'],
  ])('%s', (_name, source, expected) => {
    expect(sourceTooltip(source)).toBe(expected);
  });
});

describe('quoteStatus', () => {
  it.each<[string, QuoteInfo | undefined, SourceInfo | undefined, string]>([
    ['a quote that matches', QUOTE, SOURCE, 'ok'],
    ['a quote whose source text changed', { ...QUOTE, matchesSource: false }, SOURCE, 'changed'],
    ['a deleted quote', { ...QUOTE, exists: false }, SOURCE, 'missing'],
    ['a quote whose document was deleted', QUOTE, { ...SOURCE, exists: false }, 'missing'],
    [
      'an unresolved quote of a deleted document',
      undefined,
      { ...SOURCE, exists: false },
      'missing',
    ],
    ['nothing resolved yet', undefined, undefined, 'unknown'],
  ])('%s', (_name, quote, source, expected) => {
    expect(quoteStatus(quote, source)).toBe(expected);
  });
});

describe('isInternalLink', () => {
  it.each([
    ['#' + headingAnchor('Les forces armées'), true],
    ['#' + headingAnchor('التعاون العسكري'), true],
    ['#section', true],
    ['#', false],
    ['https://example.com', false],
    ['javascript:alert(1)', false],
    ['#a b', false],
    ['#x"><script>', false],
    ['file:///etc/passwd', false],
  ])('%s → %s', (url, allowed) => {
    expect(isInternalLink(url)).toBe(allowed);
  });
});

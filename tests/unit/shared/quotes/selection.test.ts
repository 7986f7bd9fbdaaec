import { describe, expect, it } from 'vitest';
import {
  partitionPoint,
  spanForSelection,
  stepSpan,
  type SpanEdge,
  type SpanStep,
} from '../../../../src/shared/quotes/selection';

const slice = (text: string, span: { start: number; end: number } | null) =>
  span && text.slice(span.start, span.end);

describe('spanForSelection', () => {
  it('orders a backward selection (dragged from the end to the start)', () => {
    const text = 'اختتمت أعمال اللجنة العسكرية';
    const a = text.indexOf('لجنة');
    expect(slice(text, spanForSelection(text, a + 2, 2))).toBe('اختتمت أعمال اللجنة');
  });

  it('moves an offset inside a surrogate pair out of it before snapping', () => {
    const text = 'avant 😀 après';
    const emoji = text.indexOf('😀');
    expect(slice(text, spanForSelection(text, emoji + 1, emoji + 1))).toBe('😀');
    expect(slice(text, spanForSelection(text, emoji + 1, emoji + 4))).toBe('😀 après');
    expect(slice(text, spanForSelection(text, 2, emoji + 1))).toBe('avant 😀');
  });

  it('clamps offsets past either end of the text', () => {
    expect(slice('le Mali', spanForSelection('le Mali', -3, 99))).toBe('le Mali');
  });

  it('gives null for white space only', () => {
    expect(spanForSelection('a \n\n b', 1, 5)).toBeNull();
  });
});

describe('partitionPoint', () => {
  it('finds the first index where the predicate turns true', () => {
    const values = [1, 3, 5, 7, 9];
    expect(partitionPoint(values.length, (i) => values[i]! > 4)).toBe(2);
    expect(partitionPoint(values.length, () => true)).toBe(0);
    expect(partitionPoint(values.length, () => false)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});

describe('stepSpan', () => {
  const text = 'Le général de brigade, Abdelghani Mouhib, est arrivé.';
  const span = { start: text.indexOf('brigade'), end: text.indexOf(' Mouhib') };
  const cases: { edge: SpanEdge; step: SpanStep; expected: string }[] = [
    { edge: 'start', step: 'extend', expected: 'de brigade, Abdelghani' },
    { edge: 'end', step: 'extend', expected: 'brigade, Abdelghani Mouhib' },
    { edge: 'start', step: 'shrink', expected: 'Abdelghani' },
    { edge: 'end', step: 'shrink', expected: 'brigade' },
  ];
  for (const { edge, step, expected } of cases) {
    it(`${step}s the ${edge} by one word`, () => {
      expect(slice(text, stepSpan(text, span, edge, step))).toBe(expected);
    });
  }

  it('never shrinks a one-word quote to nothing', () => {
    const one = { start: 3, end: 10 };
    expect(stepSpan(text, one, 'end', 'shrink')).toEqual(one);
    expect(stepSpan(text, one, 'start', 'shrink')).toEqual(one);
  });

  it('stays put at the edges of the text', () => {
    const all = { start: 0, end: text.length };
    expect(stepSpan(text, all, 'start', 'extend')).toEqual(all);
    expect(stepSpan(text, all, 'end', 'extend')).toEqual(all);
  });

  it('steps over whole Arabic words with their harakat', () => {
    const arabic = 'قَالَ العَمِيدُ مُهَيْبٌ اليوم';
    const quote = { start: arabic.indexOf('العَمِيدُ'), end: arabic.indexOf(' مُهَيْبٌ') };
    expect(slice(arabic, stepSpan(arabic, quote, 'end', 'extend'))).toBe('العَمِيدُ مُهَيْبٌ');
    expect(slice(arabic, stepSpan(arabic, quote, 'start', 'extend'))).toBe('قَالَ العَمِيدُ');
  });
});

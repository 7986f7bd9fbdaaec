// Between the DOM and canonical offsets. Every rendered run of document text is a leaf span with
// data-doc, data-from and data-to (QuotedText); inside it, text nodes count one canonical character
// per code unit, except a bidi control shown as a badge (.bidi-mark, e.g. "⟨RLO⟩"), which stands
// for exactly one. Anything outside runs (spaces the reader puts between sentences, score badges,
// paragraph breaks) is not canonical text and counts for nothing. Runs are in DOM order, which is
// the canonical order of each document, whatever the visual (bidi) order on screen.
import { partitionPoint } from '../../../../shared/quotes/selection';

const RUN_SELECTOR = '[data-from]';

export interface RawSpan {
  documentId: number;
  /** Canonical offsets as selected, not yet snapped to words. */
  start: number;
  end: number;
}

const runFrom = (run: HTMLElement) => Number(run.dataset.from);
const runTo = (run: HTMLElement) => Number(run.dataset.to);
const runDocument = (run: HTMLElement) => Number(run.dataset.doc);

function runsIn(root: Element, documentId?: number): HTMLElement[] {
  const selector =
    documentId === undefined ? RUN_SELECTOR : `${RUN_SELECTOR}[data-doc="${documentId}"]`;
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

function pointProbe(node: Node, offset: number): Range {
  const probe = document.createRange();
  probe.setStart(node, offset);
  return probe;
}

/** The text nodes of a run, each with the canonical characters it stands for. */
function* textNodes(run: HTMLElement): Generator<{ node: Text; length: number; badge: boolean }> {
  const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const badge = text.parentElement?.closest('.bidi-mark') !== null;
    yield { node: text, length: badge ? 1 : text.length, badge };
  }
}

/** Canonical characters of `run` before the point (node, offset). */
function charsBefore(run: HTMLElement, node: Node, offset: number): number {
  const probe = pointProbe(node, offset);
  let count = 0;
  for (const text of textNodes(run)) {
    if (text.node === node) {
      // A point inside a badge rounds to the nearer side of the character it stands for.
      return count + (text.badge ? (offset * 2 > text.node.length ? 1 : 0) : offset);
    }
    if (probe.comparePoint(text.node, 0) >= 0) return count;
    count += text.length;
  }
  return count;
}

/**
 * The canonical span a DOM range covers inside `root`: from the first run that ends after the
 * range's start to the last run that starts before its end, clipped to the start's document (a
 * selection dragged across reader columns keeps to the column it started in). Null when the range
 * covers no run.
 */
export function spanOfRange(root: Element, range: Range): RawSpan | null {
  if (range.collapsed) return null;
  const runs = runsIn(root);
  const startProbe = pointProbe(range.startContainer, range.startOffset);
  const endProbe = pointProbe(range.endContainer, range.endOffset);
  const first = partitionPoint(runs.length, (i) => {
    const run = runs[i] as HTMLElement;
    return startProbe.comparePoint(run, run.childNodes.length) > 0;
  });
  const last =
    partitionPoint(runs.length, (i) => endProbe.comparePoint(runs[i] as Node, 0) >= 0) - 1;
  const firstRun = runs[first];
  if (!firstRun || last < first) return null;
  const documentId = runDocument(firstRun);
  const startInRun = charsBefore(firstRun, range.startContainer, range.startOffset);
  const start = runFrom(firstRun) + Math.min(startInRun, runTo(firstRun) - runFrom(firstRun));

  let endIndex = last;
  while (endIndex > first && runDocument(runs[endIndex] as HTMLElement) !== documentId) endIndex--;
  const endRun = runs[endIndex] as HTMLElement;
  const end =
    endIndex === last
      ? Math.min(
          runTo(endRun),
          runFrom(endRun) + charsBefore(endRun, range.endContainer, range.endOffset),
        )
      : runTo(endRun);
  return end > start ? { documentId, start, end } : null;
}

/** The DOM point of a canonical offset within a run (which must hold it). */
function pointIn(run: HTMLElement, offset: number, side: 'start' | 'end'): [Node, number] {
  let remaining = offset - runFrom(run);
  for (const text of textNodes(run)) {
    const inside = side === 'start' ? remaining < text.length : remaining <= text.length;
    if (inside) return [text.node, text.badge ? (remaining > 0 ? text.node.length : 0) : remaining];
    remaining -= text.length;
  }
  return [run, run.childNodes.length];
}

/**
 * The DOM range showing [start, end) of a document, clamped to the runs on screen (the reader
 * renders only the rows in view); null when none of it is rendered.
 */
export function rangeOfSpan(
  root: Element,
  documentId: number,
  start: number,
  end: number,
): Range | null {
  const runs = runsIn(root, documentId);
  const first = runs[partitionPoint(runs.length, (i) => runTo(runs[i] as HTMLElement) > start)];
  const lastIndex = partitionPoint(runs.length, (i) => runFrom(runs[i] as HTMLElement) >= end) - 1;
  const last = runs[lastIndex];
  if (!first || !last || runFrom(first) >= end) return null;
  const range = document.createRange();
  const [startNode, startOffset] = pointIn(first, Math.max(start, runFrom(first)), 'start');
  const [endNode, endOffset] = pointIn(last, Math.min(end, runTo(last)), 'end');
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The run element under an event target that carries quotes, if any. */
export function quotedRunAt(target: EventTarget | null): HTMLElement | null {
  const element =
    target instanceof Element ? target.closest<HTMLElement>('[data-quote-ids]') : null;
  return element;
}

export function quoteIdsOf(run: HTMLElement): number[] {
  return (run.dataset.quoteIds ?? '').split(' ').filter(Boolean).map(Number);
}

// Which hand corrections the reader can make right now, each as the step to send: link the chosen
// runs of two columns; unlink, merge with the next or split the pinned sentence's link with the
// target column. Null when the action does not apply.
import {
  linkSentences,
  linksWith,
  mergeLinks,
  nextLink,
  splitAfter,
  splitLink,
  unlinkLink,
} from '../../../../shared/alignment/corrections';
import type { Alignment, AlignmentCorrections, SegmentId } from '../../../../shared/domain';
import type { Selection } from './interaction';
import { pairIndexOf, type ReaderPair, type ReaderSentence } from './model';
import type { CorrectionStep } from './useCorrectionHistory';

export interface ActionContext {
  pairs: readonly ReaderPair[];
  alignments: readonly Alignment[];
  pinned: ReaderSentence | null;
  /** The column whose link with the pinned sentence unlink, merge and split change. */
  targetColumn: number | null;
  selection: Selection;
}

export interface CorrectionActions {
  link: CorrectionStep | null;
  unlink: CorrectionStep | null;
  merge: CorrectionStep | null;
  split: CorrectionStep | null;
}

function step(
  pair: number,
  alignment: Alignment,
  label: string,
  change: () => AlignmentCorrections,
): CorrectionStep | null {
  try {
    return { pair, label, before: alignment.corrections, after: change() };
  } catch {
    // The shared helpers refuse what cannot be done (e.g. merging non-neighbours): not offered.
    return null;
  }
}

function linkStep({ pairs, alignments, selection }: ActionContext): CorrectionStep | null {
  const [first, second] = selection;
  if (!first || !second) return null;
  const pair = pairIndexOf(pairs, first.column, second.column);
  const alignment = alignments[pair];
  const columns = pairs[pair]?.columns;
  if (!alignment || !columns) return null;
  const [a, b] = columns[0] === first.column ? [first, second] : [second, first];
  return step(pair, alignment, 'Link', () =>
    linkSentences(alignment, a.ids as SegmentId[], b.ids as SegmentId[]),
  );
}

function beadSteps(context: ActionContext): Omit<CorrectionActions, 'link'> {
  const none = { unlink: null, merge: null, split: null };
  const { pairs, alignments, pinned, targetColumn, selection } = context;
  if (!pinned || pinned.boilerplate || targetColumn === null) return none;
  const pair = pairIndexOf(pairs, pinned.column, targetColumn);
  const alignment = alignments[pair];
  const columns = pairs[pair]?.columns;
  if (!alignment || !columns) return none;
  const side = columns[0] === pinned.column ? 'a' : 'b';
  const other = side === 'a' ? 'b' : 'a';
  const id = pinned.id as SegmentId;
  const links = linksWith(alignment, side, id);

  if (alignment.mode === 'comparable') {
    const chosen = new Set(selection.find((e) => e.column === targetColumn)?.ids ?? []);
    const targets = links.filter(
      (link) =>
        link[other].length > 0 && (chosen.size === 0 || link[other].some((x) => chosen.has(x))),
    );
    if (targets.length === 0) return none;
    const unlink = step(pair, alignment, 'Unlink', () =>
      targets.reduce(
        (corrections, link) => unlinkLink({ ...alignment, corrections }, link),
        alignment.corrections,
      ),
    );
    return { ...none, unlink };
  }

  const [link] = links;
  if (!link) return none;
  const next = nextLink(alignment, link);
  const cut = splitAfter(link, side, id);
  return {
    unlink:
      link.a.length > 0 && link.b.length > 0
        ? step(pair, alignment, 'Unlink', () => unlinkLink(alignment, link))
        : null,
    merge: next ? step(pair, alignment, 'Merge', () => mergeLinks(alignment, link, next)) : null,
    split: cut
      ? step(pair, alignment, 'Split', () => splitLink(alignment, link, cut.aCut, cut.bCut))
      : null,
  };
}

export function correctionActions(context: ActionContext): CorrectionActions {
  return { link: linkStep(context), ...beadSteps(context) };
}

/** The column the pinned sentence's link actions pair with. */
export function targetColumnFor(
  pinned: ReaderSentence | null,
  selection: Selection,
  chosen: number | null,
  columnCount: number,
): number | null {
  if (!pinned || columnCount < 2) return null;
  const selectedOther = selection.find((e) => e.column !== pinned.column);
  if (selectedOther) return selectedOther.column;
  if (chosen !== null && chosen !== pinned.column && chosen < columnCount) return chosen;
  return pinned.column === 0 ? 1 : 0;
}

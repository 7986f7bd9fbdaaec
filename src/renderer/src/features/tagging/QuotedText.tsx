// A run of canonical text as the document view and the reader render it: cut into pieces by the
// quotes covering them, each piece a span that says where it sits in the canonical text (data-from,
// data-to, data-doc), so a DOM selection can be mapped back to offsets (domOffsets.ts), and which
// quotes cover it (data-quote-ids), drawn as one stripe per lane under a tint of the innermost.
import { memo, type CSSProperties } from 'react';
import {
  innermostQuote,
  runPieces,
  type HighlightIndex,
} from '../../../../shared/quotes/highlights';
import { VisibleBidiText } from '../../ui';
import { UNTAGGED_COLOR, type DocumentHighlights } from './useQuoteData';

/** Stripes drawn per piece (tagging.css); deeper quotes share the last, the innermost on top. */
const MAX_STRIPES = 4;

/**
 * The piece's colours as custom properties: --q0…--q3 for the stripe of each lane, --qt for the
 * tint of the innermost quote. The layered background itself is one rule in tagging.css, so
 * 2,000 quotes cost 2,000 short colour values, not 2,000 gradient declarations to parse.
 */
function pieceStyle(
  quoteIds: readonly number[],
  index: HighlightIndex,
  colors: ReadonlyMap<number, string>,
): CSSProperties {
  const colorOf = (id: number) => colors.get(id) ?? UNTAGGED_COLOR;
  const style: Record<string, string> = {};
  for (const id of quoteIds) {
    const lane = Math.min(index.lanes.get(id) ?? 0, MAX_STRIPES - 1);
    style[`--q${lane}`] = colorOf(id);
  }
  // #rrggbb plus an alpha byte: a light tint.
  style['--qt'] = `${colorOf(innermostQuote(quoteIds) ?? -1)}33`;
  return style as CSSProperties;
}

interface QuotedTextProps {
  documentId: number;
  /** Offset of `text` in the document's canonical text. */
  start: number;
  text: string;
  highlights: DocumentHighlights | undefined;
}

export const QuotedText = memo(function QuotedText({
  documentId,
  start,
  text,
  highlights,
}: QuotedTextProps) {
  const end = start + text.length;
  const pieces = highlights
    ? runPieces(highlights.index, start, end)
    : [{ start, end, quoteIds: [] as readonly number[] }];
  return (
    <>
      {pieces.map((piece) => {
        const quoted = piece.quoteIds.length > 0 && highlights;
        return (
          <span
            key={piece.start}
            className={quoted ? 'quote-mark' : undefined}
            data-doc={documentId}
            data-from={piece.start}
            data-to={piece.end}
            data-quote-ids={quoted ? piece.quoteIds.join(' ') : undefined}
            style={
              quoted ? pieceStyle(piece.quoteIds, highlights.index, highlights.colors) : undefined
            }
          >
            <VisibleBidiText text={text.slice(piece.start - start, piece.end - start)} />
          </span>
        );
      })}
    </>
  );
});

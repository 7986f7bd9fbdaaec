import type { HighlightRange, SearchHit } from '../../../../shared/domain';
import { VisibleBidiText } from '../../ui';

/** The snippet with its matches in <mark>; overlapping or out-of-range ranges are tidied first. */
export function Snippet({ text, highlights }: { text: string; highlights: HighlightRange[] }) {
  const ranges = [...highlights]
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const pieces: { text: string; marked: boolean }[] = [];
  let cursor = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, cursor);
    if (range.end <= start) continue;
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), marked: false });
    pieces.push({ text: text.slice(start, range.end), marked: true });
    cursor = range.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return (
    <>
      {pieces.map((piece, index) =>
        piece.marked ? (
          <mark key={index}>
            <VisibleBidiText text={piece.text} />
          </mark>
        ) : (
          <VisibleBidiText key={index} text={piece.text} />
        ),
      )}
    </>
  );
}

/**
 * A hit's snippet as a run of canonical text (data-doc/from/to, as the document view renders
 * text), so words selected in it map to offsets and can be tagged where they were found. The '…'
 * of a trimmed snippet sits outside the run: it is not in the source.
 */
export function HitSnippet({ hit }: { hit: SearchHit }) {
  const lead = hit.excerptStart > hit.start ? ELLIPSIS : '';
  const tail = hit.excerptEnd < hit.end ? ELLIPSIS : '';
  const words = hit.snippet.slice(lead.length, hit.snippet.length - tail.length);
  const highlights = hit.highlights.map((range) => ({
    start: range.start - lead.length,
    end: range.end - lead.length,
  }));
  return (
    <>
      {lead}
      <span data-doc={hit.documentId} data-from={hit.excerptStart} data-to={hit.excerptEnd}>
        <Snippet text={words} highlights={highlights} />
      </span>
      {tail}
    </>
  );
}

const ELLIPSIS = '…';

// An inline [n] in the briefing's text; clicking it selects the mark so Backspace removes it whole.
import { memo, type MouseEvent } from 'react';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { NodeKey } from 'lexical';
import { CitationNumber } from '../../citations/CitationNumber';

interface CitationMarkProps {
  nodeKey: NodeKey;
  documentId: number;
  quoteUid: string | null;
}

export const CitationMark = memo(function CitationMark({
  nodeKey,
  documentId,
  quoteUid,
}: CitationMarkProps) {
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const select = (event: MouseEvent) => {
    event.preventDefault();
    if (!event.shiftKey) clearSelection();
    setSelected(true);
  };
  return (
    <sup className="citation-mark" data-quote-uid={quoteUid ?? undefined} onClick={select}>
      <CitationNumber documentId={documentId} testId="citation-mark" selected={selected} />
    </sup>
  );
});

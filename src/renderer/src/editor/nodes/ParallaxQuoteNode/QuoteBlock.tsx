// How a quote block reads: the source's words in their own script and direction, isolated from the
// briefing's direction, bidi controls shown not obeyed, then the citation number; a quote that was
// deleted or no longer matches its source says so next to the words.
import { memo, type MouseEvent } from 'react';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { NodeKey } from 'lexical';
import { directionOf } from '../../../ui/language';
import { VisibleBidiText } from '../../../ui/VisibleBidiText';
import { CitationNumber } from '../../citations/CitationNumber';
import { useCitationDisplay } from '../../citations/CitationDisplayContext';
import { quoteStatus } from '../../citations/sourceLabel';

interface QuoteBlockProps {
  nodeKey: NodeKey;
  quoteUid: string;
  documentId: number;
  text: string;
  language: string;
}

const STATUS_MESSAGES = {
  missing: {
    label: 'Broken citation',
    title: 'This quote or its source was deleted; the words shown are those inserted.',
  },
  changed: {
    label: 'Text changed',
    title: "The source's text no longer matches this quote; the words shown are those inserted.",
  },
} as const;

export const QuoteBlock = memo(function QuoteBlock({
  nodeKey,
  quoteUid,
  documentId,
  text,
  language,
}: QuoteBlockProps) {
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const { lookup } = useCitationDisplay();
  const status = quoteStatus(lookup.quotes.get(quoteUid), lookup.sources.get(documentId));
  const message = status === 'missing' || status === 'changed' ? STATUS_MESSAGES[status] : null;
  const select = (event: MouseEvent) => {
    event.preventDefault();
    if (!event.shiftKey) clearSelection();
    setSelected(true);
  };
  return (
    <figure
      className={`quote-block${selected ? ' quote-block--selected' : ''}`}
      data-testid="quote-block"
      data-quote-uid={quoteUid}
      data-document-id={documentId}
      data-status={status}
      onClick={select}
    >
      <blockquote className="quote-block__words" dir={directionOf(language)} lang={language}>
        <VisibleBidiText text={text} />
      </blockquote>
      <figcaption className="quote-block__citation">
        {message && (
          <span
            className={`quote-block__status quote-block__status--${status}`}
            title={message.title}
          >
            {message.label}
          </span>
        )}
        <CitationNumber documentId={documentId} testId="quote-citation" />
      </figcaption>
    </figure>
  );
});

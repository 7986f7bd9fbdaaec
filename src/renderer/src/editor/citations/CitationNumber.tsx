// The bracketed number shared by quote blocks and inline marks: [n] while its source exists,
// [?] once it has been deleted, so a broken citation is visible in the text itself.
import { memo } from 'react';
import { useCitationDisplay } from './CitationDisplayContext';
import { sourceTooltip } from './sourceLabel';

interface CitationNumberProps {
  documentId: number;
  testId?: string;
  selected?: boolean;
}

export const CitationNumber = memo(function CitationNumber({
  documentId,
  testId,
  selected = false,
}: CitationNumberProps) {
  const { numbers, lookup } = useCitationDisplay();
  const source = lookup.sources.get(documentId);
  const broken = source !== undefined && !source.exists;
  const number = numbers.get(documentId);
  const label = broken || number === undefined ? '?' : String(number);
  const classes = [
    'citation-number',
    broken ? 'citation-number--broken' : '',
    selected ? 'citation-number--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span
      className={classes}
      data-testid={testId}
      data-number={broken || number === undefined ? undefined : number}
      data-document-id={documentId}
      data-broken={broken ? 'true' : undefined}
      title={sourceTooltip(source)}
      dir="ltr"
    >
      [{label}]
    </span>
  );
});

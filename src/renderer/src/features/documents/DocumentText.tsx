// The canonical text, paragraph by paragraph: each paragraph takes the direction of its language,
// each sentence is an isolated span (so nothing inside it can reorder the page) that search can
// scroll to, and bidi controls are shown as marks instead of being obeyed. Quotes are highlighted
// in it, and its runs of text carry their canonical offsets so a selection can be tagged.
import { Fragment, memo } from 'react';
import { QuotedText, type DocumentHighlights } from '../tagging';
import { directionOf } from '../../ui';
import type { ParagraphView } from './paragraphs';

interface DocumentTextProps {
  documentId: number;
  paragraphs: ParagraphView[];
  highlights: DocumentHighlights | undefined;
  hideChrome: boolean;
  highlightedSegmentId: number | null;
}

function langAttribute(language: string): string | undefined {
  return language === 'und' ? undefined : language;
}

export const DocumentText = memo(function DocumentText({
  documentId,
  paragraphs,
  highlights,
  hideChrome,
  highlightedSegmentId,
}: DocumentTextProps) {
  return (
    <div className={hideChrome ? 'document-text document-text--hide-chrome' : 'document-text'}>
      {paragraphs.map((paragraph) => {
        const direction = directionOf(paragraph.language);
        const holdsHighlight = paragraph.pieces.some(
          (piece) => piece.kind === 'sentence' && piece.segmentId === highlightedSegmentId,
        );
        const classes = [
          'paragraph',
          `paragraph--${direction}`,
          paragraph.boilerplate && 'boilerplate',
          holdsHighlight && 'paragraph--holds-highlight',
        ];
        return (
          <p
            key={paragraph.key}
            className={classes.filter(Boolean).join(' ')}
            dir={direction}
            lang={langAttribute(paragraph.language)}
            data-paragraph-segment-id={paragraph.segmentId ?? undefined}
          >
            {paragraph.pieces.map((piece, index) => {
              const text = (
                <QuotedText
                  documentId={documentId}
                  start={piece.start}
                  text={piece.text}
                  highlights={highlights}
                />
              );
              if (piece.kind === 'gap') return <Fragment key={index}>{text}</Fragment>;
              const highlighted = piece.segmentId === highlightedSegmentId;
              const sentenceClasses = [
                'sentence',
                piece.boilerplate && 'boilerplate',
                highlighted && 'sentence--highlighted',
              ];
              return (
                <span
                  key={piece.segmentId}
                  className={sentenceClasses.filter(Boolean).join(' ')}
                  data-segment-id={piece.segmentId}
                  dir={
                    piece.language === paragraph.language ? undefined : directionOf(piece.language)
                  }
                  lang={
                    piece.language === paragraph.language
                      ? undefined
                      : langAttribute(piece.language)
                  }
                  aria-current={highlighted ? 'true' : undefined}
                >
                  {text}
                </span>
              );
            })}
          </p>
        );
      })}
    </div>
  );
});

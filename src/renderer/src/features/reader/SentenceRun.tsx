// Sentences as the reader shows them: each one an isolated span (nothing inside can reorder the
// line around it; bidi controls are shown as marks, not obeyed), with its state as classes and
// data attributes: lit by a hover, pinned, chosen, under the keyboard cursor, linked by hand; and
// the quotes filed from it, highlighted.
import { Fragment } from 'react';
import { QuotedText, type DocumentHighlights } from '../tagging';
import { directionOf } from '../../ui';
import type { Lit, ReaderSentence } from './model';

export interface SentenceMarks {
  lit: ReadonlyMap<number, Lit>;
  selected: ReadonlySet<number>;
  pinned: number | null;
  cursor: number | null;
  manual: ReadonlySet<number>;
  /** Between comparable accounts, counterparts show how related they are. */
  showScores: boolean;
}

export function sentenceDomId(id: number): string {
  return `reader-sentence-${id}`;
}

interface SentenceRunProps {
  ids: readonly number[];
  sentences: ReadonlyMap<number, ReaderSentence>;
  /** The column's language: a sentence in another one gets its own direction and lang. */
  language: string;
  marks: SentenceMarks;
  documentId: number;
  highlights: DocumentHighlights | undefined;
}

function classesOf(sentence: ReaderSentence, marks: SentenceMarks, lit: Lit | undefined): string {
  return [
    'reader-sentence',
    sentence.boilerplate && 'reader-sentence--chrome',
    lit && `reader-sentence--${lit.role}`,
    marks.pinned === sentence.id && 'reader-sentence--pinned',
    marks.selected.has(sentence.id) && 'reader-sentence--selected',
    marks.cursor === sentence.id && 'reader-sentence--cursor',
    marks.manual.has(sentence.id) && 'reader-sentence--manual',
  ]
    .filter(Boolean)
    .join(' ');
}

function ScoreBadge({ lit }: { lit: Lit }) {
  if (lit.manual) {
    return (
      <span className="reader-score reader-score--manual" dir="ltr" title="Linked by hand">
        ✎
      </span>
    );
  }
  if (lit.score === null) return null;
  return (
    <span className="reader-score" dir="ltr" title="How related the engine finds it (0 to 1)">
      {lit.score.toFixed(2)}
    </span>
  );
}

export function SentenceRun({
  ids,
  sentences,
  language,
  marks,
  documentId,
  highlights,
}: SentenceRunProps) {
  return (
    <>
      {ids.map((id, index) => {
        const sentence = sentences.get(id);
        if (!sentence) return null;
        const lit = marks.lit.get(id);
        const own = sentence.language === language || sentence.language === 'und';
        return (
          <Fragment key={id}>
            {index > 0 && ' '}
            {index > 0 && sentence.paragraphStart && (
              <span className="reader-break" aria-hidden="true" />
            )}
            <span
              id={sentenceDomId(id)}
              className={classesOf(sentence, marks, lit)}
              data-sentence-id={id}
              data-lit={lit?.role}
              data-origin={marks.manual.has(id) ? 'manual' : undefined}
              aria-current={marks.pinned === id ? 'true' : undefined}
              dir={own ? undefined : directionOf(sentence.language)}
              lang={own ? undefined : sentence.language}
            >
              {marks.showScores && lit?.role === 'counterpart' && <ScoreBadge lit={lit} />}
              <QuotedText
                documentId={documentId}
                start={sentence.start}
                text={sentence.text}
                highlights={highlights}
              />
            </span>
          </Fragment>
        );
      })}
    </>
  );
}

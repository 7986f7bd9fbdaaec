// Tagging from search results needs the canonical text of a hit's document (to snap a selection to
// whole words and to edit the span). Loading every result's document up front would be wasteful, so
// a text is fetched when the user starts selecting inside that document's hits.
import { useEffect, useState, type RefObject } from 'react';
import { api } from '../../api';
import { useReportError } from '../../ui';

export function useHitTexts(rootRef: RefObject<HTMLElement | null>): ReadonlyMap<number, string> {
  const [texts, setTexts] = useState<ReadonlyMap<number, string>>(() => new Map());
  const reportError = useReportError();

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const requested = new Set<number>();
    const load = (event: Event) => {
      const target = event.target instanceof Node ? event.target : null;
      const element = target instanceof Element ? target : target?.parentElement;
      const run = element?.closest<HTMLElement>('[data-doc]');
      const documentId = Number(run?.dataset.doc);
      if (!Number.isInteger(documentId) || documentId <= 0 || requested.has(documentId)) return;
      requested.add(documentId);
      api.getDocument({ id: documentId }).then(
        (doc) => setTexts((current) => new Map(current).set(documentId, doc.text)),
        (error: unknown) => {
          requested.delete(documentId);
          reportError(error);
        },
      );
    };
    // selectstart covers mouse and keyboard selections; pointerdown starts the fetch a little earlier.
    root.addEventListener('selectstart', load);
    root.addEventListener('pointerdown', load);
    return () => {
      root.removeEventListener('selectstart', load);
      root.removeEventListener('pointerdown', load);
    };
  }, [rootRef, reportError]);

  return texts;
}

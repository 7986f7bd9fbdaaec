// One open document: loads it, saves metadata, deletes it, and scrolls to a sentence on request.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import { api, useMutation, useQuery } from '../../api';
import {
  Button,
  ConfirmDialog,
  VisibleBidiText,
  directionOf,
  formatCount,
  formatDate,
  languageName,
} from '../../ui';
import { TaggingLayer, useQuoteData } from '../tagging';
import { DocumentText } from './DocumentText';
import { MetadataEditor } from './MetadataEditor';
import { layoutParagraphs } from './paragraphs';

export interface SegmentFocus {
  segmentId: number;
  /** Changes on every request, so asking twice for the same sentence scrolls twice. */
  nonce: number;
}

interface DocumentContainerProps {
  id: number;
  focus: SegmentFocus | null;
  backLabel: string;
  onBack: () => void;
  onDeleted: (id: number) => void;
}

export function DocumentContainer({
  id,
  focus,
  backLabel,
  onBack,
  onDeleted,
}: DocumentContainerProps) {
  const query = useQuery(`document:${id}`, () => api.getDocument({ id }));
  const doc = query.data?.id === id ? query.data : undefined;
  const [hideChrome, setHideChrome] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const save = useMutation((changes: MethodInput<'updateDocumentMetadata'>['changes']) =>
    api.updateDocumentMetadata({ id, changes }),
  );
  const remove = useMutation(() => api.deleteDocuments({ ids: [id] }));

  const quoteData = useQuoteData([id]);
  // Thousands of highlights render in the background, in slices, never blocking the page.
  const highlights = useDeferredValue(quoteData.highlights.get(id));
  const texts = useMemo(() => new Map(doc ? [[doc.id as number, doc.text]] : []), [doc]);
  const paragraphs = useMemo(() => (doc ? layoutParagraphs(doc) : []), [doc]);
  const chromeCount = useMemo(() => doc?.segments.filter((s) => s.boilerplate).length ?? 0, [doc]);
  const loaded = doc !== undefined;

  useEffect(() => {
    if (!loaded || !focus) return;
    const target = textRef.current?.querySelector(`[data-segment-id="${focus.segmentId}"]`);
    target?.scrollIntoView({ block: 'center' });
  }, [loaded, focus]);

  if (!doc) {
    return (
      <section
        className="document document--loading"
        aria-label="Document"
        aria-busy={!query.error}
      >
        <div className="document__toolbar">
          <Button small variant="ghost" onClick={onBack}>
            ← {backLabel}
          </Button>
        </div>
        {query.error ? (
          <p className="pane-error" role="alert">
            {query.error.code === 'not-found'
              ? 'This document is no longer in the case.'
              : query.error.message}
          </p>
        ) : (
          <p className="pane-placeholder">Loading…</p>
        )}
      </section>
    );
  }

  const confirmDelete = async () => {
    try {
      await remove.run();
      setConfirmingDelete(false);
      onDeleted(id);
    } catch (error) {
      setDeleteError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="document" aria-label="Document">
      <div className="document__toolbar">
        <Button small variant="ghost" onClick={onBack}>
          ← {backLabel}
        </Button>
        <span className="document__spacer" />
        <label className="toggle">
          <input
            type="checkbox"
            checked={hideChrome}
            disabled={chromeCount === 0}
            onChange={(e) => setHideChrome(e.target.checked)}
          />
          Hide page chrome
        </label>
        <Button small variant="danger" onClick={() => setConfirmingDelete(true)}>
          Delete document
        </Button>
      </div>
      <header className="document__header">
        <h2 className="document__title" dir={directionOf(doc.language) === 'rtl' ? 'rtl' : 'auto'}>
          <VisibleBidiText text={doc.title} />
        </h2>
        <p className="document__facts">
          <span>{doc.outlet ? <bdi>{doc.outlet}</bdi> : 'No outlet'}</span>
          <span>{doc.publishedAt ? formatDate(doc.publishedAt) : 'No date'}</span>
          <span>
            {languageName(doc.language)}
            {doc.metadataOrigin.language === 'detected' &&
              ` (${Math.round(doc.languageConfidence * 100)}% sure)`}
          </span>
          <span>{formatCount(doc.chars)} characters</span>
          <span title={`Encoding ${doc.encoding}`}>
            <bdi>{doc.fileName}</bdi>
          </span>
          {doc.nearDuplicateOf !== null && (
            <span className="flag flag--duplicate">near-duplicate of #{doc.nearDuplicateOf}</span>
          )}
          {chromeCount > 0 && (
            <span className="flag flag--chrome">
              {formatCount(chromeCount)} page-chrome segments
            </span>
          )}
        </p>
        <MetadataEditor
          key={doc.id}
          document={doc}
          saving={save.pending}
          onSave={async (changes) => {
            await save.run(changes);
          }}
        />
      </header>
      <div className="document__body" ref={textRef}>
        <DocumentText
          documentId={doc.id}
          paragraphs={paragraphs}
          highlights={highlights}
          hideChrome={hideChrome}
          highlightedSegmentId={focus?.segmentId ?? null}
        />
      </div>
      <TaggingLayer rootRef={textRef} texts={texts} data={quoteData} />
      <ConfirmDialog
        open={confirmingDelete}
        title="Delete this document?"
        confirmLabel="Delete"
        danger
        busy={remove.pending}
        onCancel={() => {
          setConfirmingDelete(false);
          setDeleteError(null);
        }}
        onConfirm={() => void confirmDelete()}
      >
        <p dir="auto">
          <VisibleBidiText text={doc.title} />
        </p>
        <p className="dialog__note">It will be removed from the case. This cannot be undone.</p>
        {deleteError && (
          <p className="field__error" role="alert">
            {deleteError}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}

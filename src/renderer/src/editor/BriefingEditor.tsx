// The briefing editor: Lexical rich text with our quote blocks and citation marks. Content comes
// in once (initialState) and goes out on each change; corpus data comes in through `lookup`.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { forwardRef, useMemo, useRef, useState, type Ref } from 'react';
import { CitationDisplayContext } from './citations/CitationDisplayContext';
import { summariseCitations } from './citations/citationIds';
import { CitationsPlugin } from './extensions/Citations/CitationsPlugin';
import { ClipboardPlugin } from './extensions/Clipboard/ClipboardPlugin';
import { EditorHandlePlugin } from './extensions/Handle/EditorHandlePlugin';
import { HeadingAnchorsPlugin } from './extensions/HeadingAnchors/HeadingAnchorsPlugin';
import { QuoteBlockKeysPlugin } from './extensions/QuoteBlockKeys/QuoteBlockKeysPlugin';
import { SeededHistoryPlugin } from './extensions/History/SeededHistoryPlugin';
import { useLastRange } from './extensions/Selection/useLastRange';
import { Toolbar } from './extensions/Toolbar/Toolbar';
import { isInternalLink } from './links';
import { findLoadError } from './loadCheck';
import { BRIEFING_NODES } from './nodes';
import { BRIEFING_EDITOR_NAMESPACE, briefingTheme } from './theme';
import type { BriefingEditorHandle, BriefingEditorProps } from './types';
import './editor.css';

function BriefingEditorBody({
  props,
  handleRef,
}: {
  props: BriefingEditorProps;
  handleRef: Ref<BriefingEditorHandle>;
}) {
  const { initialState, direction, lookup, onChange, onEdit, onCitationsChange, ariaLabel } = props;
  const [initial] = useState(() => summariseCitations(initialState));
  const [numbers, setNumbers] = useState<ReadonlyMap<number, number>>(initial.numbers);
  const display = useMemo(() => ({ numbers, lookup }), [numbers, lookup]);
  const lastRange = useLastRange();
  const flushChanges = useRef<(() => void) | null>(null);

  return (
    // Lexical manages the editable's own dir attribute (it clears it), so the direction is set
    // here and inherited; each block still gets dir="auto" from Lexical, for mixed scripts.
    <div className="briefing-editor" dir={direction}>
      <Toolbar lastRange={lastRange} />
      <CitationDisplayContext.Provider value={display}>
        <div className="briefing-editor__page">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="briefing-editor__content"
                data-testid="briefing-editor"
                ariaLabel={ariaLabel ?? 'Briefing text'}
                aria-placeholder="Write the briefing; drop quotes here to cite them."
                placeholder={
                  <div className="briefing-editor__placeholder" aria-hidden="true">
                    Write the briefing; drop quotes here to cite them.
                  </div>
                }
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </CitationDisplayContext.Provider>
      <SeededHistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isInternalLink} />
      <ClipboardPlugin />
      <QuoteBlockKeysPlugin />
      <HeadingAnchorsPlugin />
      <CitationsPlugin
        initialIds={initial.ids}
        initialNumbers={initial.numbers}
        onNumbers={setNumbers}
        onChange={onChange}
        onEdit={onEdit}
        onCitationsChange={onCitationsChange}
        flushRef={flushChanges}
      />
      <EditorHandlePlugin handleRef={handleRef} lastRange={lastRange} flushChanges={flushChanges} />
    </div>
  );
}

export const BriefingEditor = forwardRef<BriefingEditorHandle, BriefingEditorProps>(
  function BriefingEditor(props, ref) {
    // Read once: LexicalComposer ignores later changes to its config, as the props contract says.
    const [loadError] = useState(() => findLoadError(props.initialState));
    const [initialConfig] = useState<InitialConfigType>(() => ({
      namespace: BRIEFING_EDITOR_NAMESPACE,
      nodes: BRIEFING_NODES,
      theme: briefingTheme,
      editorState: loadError === null ? JSON.stringify(props.initialState) : null,
      onError: (error) => {
        console.error('Briefing editor error', error);
      },
    }));
    if (loadError !== null) {
      // No editor, so nothing can be typed and nothing saved over the stored content.
      return (
        <div className="briefing-editor__load-error" role="alert" data-testid="briefing-load-error">
          This briefing&apos;s content cannot be opened, and has been left as it is: {loadError}
        </div>
      );
    }
    return (
      <LexicalComposer initialConfig={initialConfig}>
        <BriefingEditorBody props={props} handleRef={ref} />
      </LexicalComposer>
    );
  },
);

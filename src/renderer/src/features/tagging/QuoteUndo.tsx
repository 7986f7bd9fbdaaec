// The undo offer after deleting quotes lives above the views, so leaving the document or the
// reader within its time still lets the user take the deletion back (Ctrl/Cmd+Z or the toast).
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { DeletedQuote } from '../../../../shared/domain';
import { plural, useAnnounce } from '../../ui';
import { UndoToast } from './UndoToast';
import { useQuoteActions } from './useQuoteActions';

type OfferUndo = (deleted: DeletedQuote[]) => void;

const QuoteUndoContext = createContext<OfferUndo | null>(null);

export function QuoteUndoProvider({ children }: { children: ReactNode }) {
  const actions = useQuoteActions();
  const announce = useAnnounce();
  const [toast, setToast] = useState<{ deleted: DeletedQuote[]; stamp: number } | null>(null);

  const offer = useCallback<OfferUndo>((deleted) => {
    setToast({ deleted, stamp: Date.now() });
  }, []);

  const undo = async () => {
    if (!toast) return;
    setToast(null);
    const restored = await actions.restore(toast.deleted);
    if (restored) announce(restored.length === 1 ? 'Quote restored.' : 'Quotes restored.');
  };

  return (
    <QuoteUndoContext.Provider value={offer}>
      {children}
      {toast && (
        <UndoToast
          message={
            toast.deleted.length === 1
              ? 'Quote deleted'
              : `${plural(toast.deleted.length, 'quote')} deleted`
          }
          stamp={toast.stamp}
          onUndo={() => void undo()}
          onExpire={() => setToast(null)}
        />
      )}
    </QuoteUndoContext.Provider>
  );
}

export function useOfferQuoteUndo(): OfferUndo {
  const offer = useContext(QuoteUndoContext);
  if (!offer) throw new Error('useOfferQuoteUndo needs a QuoteUndoProvider above it');
  return offer;
}

// A box floating next to a place on screen (a selection, a highlight): below it when there is room,
// else above, always inside the window. Rendered at the end of <body>, so no scrolling container
// clips it; React events still bubble through the tree it is declared in.
import {
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';

const MARGIN = 8;

export interface Anchor {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function anchorOf(rect: DOMRect | DOMRectReadOnly): Anchor {
  return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
}

interface FloatingProps extends HTMLAttributes<HTMLDivElement> {
  anchor: Anchor;
  children: ReactNode;
  /** Receives the box element too (to tell clicks inside it from clicks elsewhere). */
  boxRef?: RefObject<HTMLDivElement | null>;
}

export function Floating({ anchor, children, boxRef, style, ...rest }: FloatingProps) {
  const ownRef = useRef<HTMLDivElement | null>(null);
  const ref = boxRef ?? ownRef;
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const place = () => {
      const { width, height } = box.getBoundingClientRect();
      const below = anchor.bottom + MARGIN;
      const fitsBelow = below + height <= window.innerHeight - MARGIN;
      const top =
        fitsBelow || anchor.top - MARGIN - height < MARGIN ? below : anchor.top - MARGIN - height;
      const centre = (anchor.left + anchor.right) / 2 - width / 2;
      const left = Math.max(MARGIN, Math.min(centre, window.innerWidth - width - MARGIN));
      setPosition({
        top: Math.max(MARGIN, Math.min(top, window.innerHeight - height - MARGIN)),
        left,
      });
    };
    place();
    // The box grows as a list of suggestions opens: placed again so it stays clear of the anchor.
    const observer = new ResizeObserver(place);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, anchor.top, anchor.bottom, anchor.left, anchor.right]);

  return createPortal(
    <div
      ref={ref}
      {...rest}
      style={{
        ...style,
        position: 'fixed',
        top: position?.top ?? 0,
        left: position?.left ?? 0,
        // Transparent, not hidden, until placed: what it holds can take focus at once.
        opacity: position ? 1 : 0,
      }}
    >
      {children}
    </div>,
    document.body,
  );
}

// "Link to section": a menu of the briefing's headings, read when it opens. Choosing one links the
// selection to that heading's anchor; "Remove link" unlinks. Arrow keys move, Escape closes.
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type RangeSelection } from 'lexical';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { $restoreSelection } from '../Handle/insertions';
import { $linkToSection, $listSections, type SectionHeading } from './toolbarActions';

interface SectionLinkMenuProps {
  inLink: boolean;
  lastRange: RefObject<RangeSelection | null>;
}

export function SectionLinkMenu({ inLink, lastRange }: SectionLinkMenuProps) {
  const [editor] = useLexicalComposerContext();
  const [sections, setSections] = useState<SectionHeading[] | null>(null);
  const menuId = useId();
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const open = sections !== null;

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setSections(null);
    if (refocus) buttonRef.current?.focus();
  };
  const toggle = () => {
    if (open) close(false);
    else setSections(editor.getEditorState().read($listSections));
  };
  const apply = (section: SectionHeading | null) => {
    editor.update(() => {
      $restoreSelection(lastRange.current);
      if (section !== null) $linkToSection(section);
    });
    if (section === null) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    close(false);
    editor.focus();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const items = [
      ...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
    ];
    const index = items.findIndex((item) => item === document.activeElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="briefing-toolbar__menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="briefing-toolbar__button"
        aria-label="Link to section"
        title="Link the selected words to a section of this briefing"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-pressed={inLink}
        onMouseDown={(event) => event.preventDefault()}
        onClick={toggle}
      >
        Link
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Sections"
          className="briefing-toolbar__menu"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!menuRef.current?.contains(event.relatedTarget)) close(false);
          }}
        >
          {sections.length === 0 && (
            <button type="button" role="menuitem" className="briefing-toolbar__menu-item" disabled>
              No headings yet
            </button>
          )}
          {sections.map((section) => (
            <button
              key={section.key}
              type="button"
              role="menuitem"
              className="briefing-toolbar__menu-item"
              dir="auto"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => apply(section)}
            >
              {section.text}
            </button>
          ))}
          {inLink && (
            <button
              type="button"
              role="menuitem"
              className="briefing-toolbar__menu-item"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => apply(null)}
            >
              Remove link
            </button>
          )}
        </div>
      )}
    </div>
  );
}

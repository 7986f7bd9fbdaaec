// The editor's formatting toolbar. Buttons keep the editor's focus (mousedown does not take it),
// show their state with aria-pressed, and name their shortcut in the title.
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type RangeSelection } from 'lexical';
import type { ReactNode, RefObject } from 'react';
import { $restoreSelection } from '../Handle/insertions';
import { SectionLinkMenu } from './SectionLinkMenu';
import { $setBlock, type SettableBlock } from './toolbarActions';
import { useToolbarState } from './useToolbarState';

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);
const PRIMARY = IS_MAC ? '⌘' : 'Ctrl+';
const SHIFT = IS_MAC ? '⇧' : 'Shift+';

interface ToolbarButtonProps {
  label: string;
  title: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress(): void;
  children: ReactNode;
}

function ToolbarButton({ label, title, pressed, disabled, onPress, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="briefing-toolbar__button"
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {/* Symbols keep their shape in a right-to-left toolbar ("• ≡" would flip to "≡ •"). */}
      <span aria-hidden="true" dir="ltr">
        {children}
      </span>
    </button>
  );
}

const BLOCKS: { type: SettableBlock; label: string; text: string }[] = [
  { type: 'paragraph', label: 'Paragraph', text: '¶' },
  { type: 'h1', label: 'Heading 1', text: 'H1' },
  { type: 'h2', label: 'Heading 2', text: 'H2' },
  { type: 'h3', label: 'Heading 3', text: 'H3' },
];

export function Toolbar({ lastRange }: { lastRange: RefObject<RangeSelection | null> }) {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState();
  const setBlock = (type: SettableBlock) =>
    editor.update(() => {
      $restoreSelection(lastRange.current);
      $setBlock(type, state.blockType);
    });
  const toggleList = (kind: 'bullet' | 'number') => {
    if (state.blockType === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else if (kind === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
  };

  return (
    <div className="briefing-toolbar" role="toolbar" aria-label="Formatting">
      <div className="briefing-toolbar__group">
        {BLOCKS.map(({ type, label, text }) => (
          <ToolbarButton
            key={type}
            label={label}
            title={label}
            pressed={state.blockType === type}
            onPress={() => setBlock(type)}
          >
            {text}
          </ToolbarButton>
        ))}
      </div>
      <div className="briefing-toolbar__group">
        <ToolbarButton
          label="Bold"
          title={`Bold (${PRIMARY}B)`}
          pressed={state.bold}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        >
          <b>B</b>
        </ToolbarButton>
        <ToolbarButton
          label="Italic"
          title={`Italic (${PRIMARY}I)`}
          pressed={state.italic}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
        >
          <i>I</i>
        </ToolbarButton>
      </div>
      <div className="briefing-toolbar__group">
        <ToolbarButton
          label="Bulleted list"
          title="Bulleted list"
          pressed={state.blockType === 'bullet'}
          onPress={() => toggleList('bullet')}
        >
          • ≡
        </ToolbarButton>
        <ToolbarButton
          label="Numbered list"
          title="Numbered list"
          pressed={state.blockType === 'number'}
          onPress={() => toggleList('number')}
        >
          1. ≡
        </ToolbarButton>
        <ToolbarButton
          label="Block quote"
          title="Block quote (your own words set apart; drop a quote from the browser to cite one)"
          pressed={state.blockType === 'quote'}
          onPress={() => setBlock('quote')}
        >
          ❝
        </ToolbarButton>
        <SectionLinkMenu inLink={state.link} lastRange={lastRange} />
      </div>
      <div className="briefing-toolbar__group">
        <ToolbarButton
          label="Undo"
          title={`Undo (${PRIMARY}Z)`}
          disabled={!state.canUndo}
          onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          ↶
        </ToolbarButton>
        <ToolbarButton
          label="Redo"
          title={
            IS_MAC ? `Redo (${SHIFT}${PRIMARY}Z)` : `Redo (${PRIMARY}Y or ${PRIMARY}${SHIFT}Z)`
          }
          disabled={!state.canRedo}
          onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          ↷
        </ToolbarButton>
      </div>
    </div>
  );
}

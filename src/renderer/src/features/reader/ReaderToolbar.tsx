// The reader's controls: back, the alignment mode with the engine's reasons, realign, page chrome,
// the hand corrections with their keys, and undo/redo.
import { useId } from 'react';
import type { Alignment } from '../../../../shared/domain';
import { Button, keysLabel, languageName } from '../../ui';
import type { CorrectionActions } from './actions';
import { READER_KEY_HELP } from './keys';
import type { ReaderColumn, ReaderLayout, ReaderPair } from './model';
import type { ModeRequest } from './useReaderData';

export type CorrectionName = keyof CorrectionActions;

const CORRECTIONS: { name: CorrectionName; label: string; key: string; hint: string }[] = [
  { name: 'link', label: 'Link', key: 'L', hint: 'Link the sentences chosen in two columns' },
  { name: 'unlink', label: 'Unlink', key: 'U', hint: 'Unlink the pinned sentence' },
  { name: 'merge', label: 'Merge with next', key: 'M', hint: 'Merge its link with the next one' },
  { name: 'split', label: 'Split', key: 'S', hint: 'Split its link after the pinned sentence' },
];

interface ReaderToolbarProps {
  columns: readonly ReaderColumn[];
  pairs: readonly ReaderPair[];
  alignments: readonly Alignment[] | undefined;
  layout: ReaderLayout | null;
  busy: boolean;
  status: string;
  showBoilerplate: boolean;
  onShowBoilerplate: (show: boolean) => void;
  onMode: (mode: ModeRequest) => void;
  onRealign: () => void;
  actions: CorrectionActions;
  onCorrection: (name: CorrectionName) => void;
  /** Shown with three or more columns: which column the pinned sentence's link actions use. */
  target: {
    column: number | null;
    pinnedColumn: number | null;
    onChange: (column: number) => void;
  };
  history: {
    canUndo: boolean;
    canRedo: boolean;
    undoLabel: string | null;
    redoLabel: string | null;
  };
  onUndo: () => void;
  onRedo: () => void;
  onBack: () => void;
}

function modeValue(alignments: readonly Alignment[] | undefined): ModeRequest {
  const first = alignments?.[0];
  if (!first || !alignments.every((a) => a.modeChosen && a.mode === first.mode)) return 'auto';
  return first.mode;
}

function pairLabel(columns: readonly ReaderColumn[], pair: ReaderPair): string {
  const [a, b] = pair.columns.map((c) => columns[c]?.document.language ?? '?');
  return `${pair.columns[0] + 1} ${a} – ${pair.columns[1] + 1} ${b}`;
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const id = useId();
  const { columns, pairs, alignments, layout, busy, actions, history, target } = props;
  const layoutLabel =
    layout === 'aligned'
      ? 'Translation: aligned rows'
      : layout === 'comparable'
        ? 'Comparable accounts: related passages'
        : 'Aligning…';
  return (
    <div className="reader-toolbar">
      <div className="reader-toolbar__line">
        <Button small variant="ghost" onClick={props.onBack}>
          ← Back to library
        </Button>
        <span className="reader-toolbar__mode" data-layout={layout ?? undefined}>
          {layoutLabel}
        </span>
        <div className="field field--inline">
          <label className="field__label" htmlFor={`${id}-mode`}>
            Mode
          </label>
          <select
            id={`${id}-mode`}
            value={modeValue(alignments)}
            disabled={busy || !alignments}
            onChange={(event) => props.onMode(event.target.value as ModeRequest)}
          >
            <option value="auto">Auto</option>
            <option value="translation">Translation</option>
            <option value="comparable">Comparable</option>
          </select>
        </div>
        <Button small disabled={busy || !alignments} onClick={props.onRealign}>
          Realign
        </Button>
        <label className="toggle">
          <input
            type="checkbox"
            checked={props.showBoilerplate}
            onChange={(event) => props.onShowBoilerplate(event.target.checked)}
          />
          Show page chrome
        </label>
        <span className="reader-toolbar__status" role="status">
          {props.status}
        </span>
      </div>
      {alignments && (
        <ul className="reader-toolbar__reasons" aria-label="Why this mode">
          {alignments.map((alignment, i) => {
            const pair = pairs[i];
            if (!pair) return null;
            return (
              <li key={pair.documentIds.join('-')}>
                {columns.length > 2 && <strong>{pairLabel(columns, pair)}: </strong>}
                {alignment.modeChosen
                  ? `Read as ${alignment.mode === 'translation' ? 'a translation' : 'two accounts'}: chosen by you.`
                  : alignment.modeReason}
              </li>
            );
          })}
        </ul>
      )}
      <div className="reader-toolbar__line" aria-label="Hand corrections" role="group">
        {CORRECTIONS.map(({ name, label, key, hint }) => (
          <Button
            key={name}
            small
            disabled={busy || actions[name] === null}
            title={`${hint} (${key})`}
            aria-label={label}
            aria-keyshortcuts={key}
            onClick={() => props.onCorrection(name)}
          >
            {label} <kbd>{key}</kbd>
          </Button>
        ))}
        {columns.length > 2 && target.column !== null && (
          <div className="field field--inline">
            <label className="field__label" htmlFor={`${id}-target`}>
              with
            </label>
            <select
              id={`${id}-target`}
              value={target.column}
              onChange={(event) => target.onChange(Number(event.target.value))}
            >
              {columns
                .filter((column) => column.index !== target.pinnedColumn)
                .map((column) => (
                  <option key={column.index} value={column.index}>
                    {column.index + 1}: {languageName(column.document.language)}
                  </option>
                ))}
            </select>
          </div>
        )}
        <span className="reader-toolbar__spacer" />
        <Button
          small
          variant="ghost"
          disabled={busy || !history.canUndo}
          title={history.undoLabel ? `Undo ${history.undoLabel}` : 'Nothing to undo'}
          aria-keyshortcuts="Control+Z"
          onClick={props.onUndo}
        >
          ↶ Undo
        </Button>
        <Button
          small
          variant="ghost"
          disabled={busy || !history.canRedo}
          title={history.redoLabel ? `Redo ${history.redoLabel}` : 'Nothing to redo'}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          onClick={props.onRedo}
        >
          ↷ Redo
        </Button>
      </div>
      <p className="reader-toolbar__keys">
        {READER_KEY_HELP.map(([keys, what]) => (
          <span key={keys}>
            <kbd>{keysLabel(keys)}</kbd> {what}
          </span>
        ))}
      </p>
    </div>
  );
}

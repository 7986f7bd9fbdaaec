// Dialogs that make or reshape a tag: new tag (top level or under a parent), colour, move.
import { useId, useState, type FormEvent } from 'react';
import type { Tag } from '../../../../shared/domain';
import { Button, Dialog } from '../../ui';
import { ColourPicker } from './ColourPicker';
import { COLOR_PATTERN, TAG_PALETTE } from '../../../../shared/quotes/palette';
import { parentCandidates, type TagForest } from './tagTree';

/** Option text for a tag in a picker: indented by depth, the name isolated from its neighbours. */
export function tagOption(name: string, depth: number): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(depth)}\u2068${name}\u2069`;
}

const TOP_LEVEL = '';

function ParentSelect({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: readonly { tag: Tag; depth: number }[];
  value: number | null;
  onChange: (parentId: number | null) => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value === null ? TOP_LEVEL : String(value)}
        onChange={(event) =>
          onChange(event.target.value === TOP_LEVEL ? null : Number(event.target.value))
        }
      >
        <option value={TOP_LEVEL}>Top level</option>
        {options.map(({ tag, depth }) => (
          <option key={tag.id} value={tag.id}>
            {tagOption(tag.name, depth)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface NewTagDialogProps {
  forest: TagForest;
  parentId: number | null;
  busy: boolean;
  onCreate: (input: { name: string; parentId: number | null; color: string }) => void;
  onClose: () => void;
}

export function NewTagDialog({ forest, parentId, busy, onCreate, onClose }: NewTagDialogProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [parent, setParent] = useState(parentId);
  const [color, setColor] = useState(
    TAG_PALETTE[forest.ordered.length % TAG_PALETTE.length]?.color ?? '#f6c343',
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '' && COLOR_PATTERN.test(color))
      onCreate({ name: name.trim(), parentId: parent, color });
  };
  return (
    <Dialog
      open
      title="New tag"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            form={`${id}-form`}
            variant="primary"
            disabled={busy || !COLOR_PATTERN.test(color)}
          >
            Create tag
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} className="tag-form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            Name
          </label>
          <input
            id={`${id}-name`}
            type="text"
            dir="auto"
            required
            maxLength={200}
            autoComplete="off"
            data-autofocus
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <ParentSelect
          id={`${id}-parent`}
          label="Under"
          options={forest.ordered}
          value={parent}
          onChange={setParent}
        />
        <ColourPicker value={color} onChange={setColor} />
      </form>
    </Dialog>
  );
}

interface TagDialogProps {
  tag: Tag;
  busy: boolean;
  onClose: () => void;
}

export function ColourDialog({
  tag,
  busy,
  onSave,
  onClose,
}: TagDialogProps & { onSave: (color: string) => void }) {
  const [color, setColor] = useState(tag.color);
  return (
    <Dialog
      open
      title="Tag colour"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={busy || !COLOR_PATTERN.test(color)}
            onClick={() => onSave(color)}
          >
            Save colour
          </Button>
        </>
      }
    >
      <p dir="auto" className="tag-dialog__subject">
        <bdi>{tag.name}</bdi>
      </p>
      <ColourPicker value={color} onChange={setColor} />
    </Dialog>
  );
}

export function MoveTagDialog({
  tag,
  forest,
  busy,
  onMove,
  onClose,
}: TagDialogProps & { forest: TagForest; onMove: (parentId: number | null) => void }) {
  const id = useId();
  const [parent, setParent] = useState<number | null>(tag.parentId);
  return (
    <Dialog
      open
      title="Move tag"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            disabled={busy || parent === tag.parentId}
            onClick={() => onMove(parent)}
          >
            Move
          </Button>
        </>
      }
    >
      <p dir="auto" className="tag-dialog__subject">
        <bdi>{tag.name}</bdi>
      </p>
      <ParentSelect
        id={`${id}-parent`}
        label="Move under"
        options={parentCandidates(forest, tag.id)}
        value={parent}
        onChange={setParent}
      />
      <p className="dialog__note">Its sub-tags and quotes move with it.</p>
    </Dialog>
  );
}

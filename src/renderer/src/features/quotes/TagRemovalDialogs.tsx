// Dialogs that remove a tag: merge it into another (its quotes and sub-tags move) or delete it
// (its quotes stay, untagged when it was their only tag). Each says what will happen first.
import { useId, useState } from 'react';
import type { Tag } from '../../../../shared/domain';
import { Button, ConfirmDialog, Dialog, plural } from '../../ui';
import { tagOption } from './TagDialogs';
import { parentCandidates, tagPath, type TagForest } from './tagTree';

interface RemovalDialogProps {
  tag: Tag;
  forest: TagForest;
  busy: boolean;
  onClose: () => void;
}

export function MergeTagDialog({
  tag,
  forest,
  busy,
  onMerge,
  onClose,
}: RemovalDialogProps & { onMerge: (into: number) => void }) {
  const id = useId();
  const candidates = parentCandidates(forest, tag.id);
  const [into, setInto] = useState<number | null>(null);
  const target = into === null ? undefined : forest.byId.get(into);
  const children = forest.children.get(tag.id)?.length ?? 0;
  return (
    <Dialog
      open
      title="Merge tag"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            disabled={busy || !target}
            onClick={() => target && onMerge(target.id)}
          >
            Merge
          </Button>
        </>
      }
    >
      <p dir="auto" className="tag-dialog__subject">
        <bdi>{tagPath(forest, tag.id)}</bdi>
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-into`}>
          Merge into
        </label>
        <select
          id={`${id}-into`}
          value={into === null ? '' : String(into)}
          onChange={(event) => setInto(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">Choose a tag…</option>
          {candidates.map(({ tag: candidate, depth }) => (
            <option key={candidate.id} value={candidate.id}>
              {tagOption(candidate.name, depth)}
            </option>
          ))}
        </select>
      </div>
      {candidates.length === 0 && (
        <p className="dialog__note">There is no other tag to merge this one into.</p>
      )}
      {target && (
        <p className="tag-dialog__summary" role="status">
          {plural(tag.quoteCount, 'quote')} filed under <bdi>{tag.name}</bdi> will be filed under{' '}
          <bdi>{target.name}</bdi>
          {children > 0 && <>, with its {plural(children, 'sub-tag')}</>}; <bdi>{tag.name}</bdi> is
          then removed.
        </p>
      )}
    </Dialog>
  );
}

export function DeleteTagDialog({
  tag,
  forest,
  busy,
  onDelete,
  onClose,
}: RemovalDialogProps & { onDelete: () => void }) {
  const children = forest.children.get(tag.id)?.length ?? 0;
  const parent = tag.parentId === null ? undefined : forest.byId.get(tag.parentId);
  return (
    <ConfirmDialog
      open
      title="Delete tag?"
      confirmLabel="Delete tag"
      danger
      busy={busy}
      onConfirm={onDelete}
      onCancel={onClose}
    >
      <p dir="auto" className="tag-dialog__subject">
        <bdi>{tagPath(forest, tag.id)}</bdi>
      </p>
      <p>
        {tag.quoteCount === 0
          ? 'No quote is filed under it.'
          : `Its ${plural(tag.quoteCount, 'quote')} stay in the case: they keep their other tags, and a quote with no other tag is kept as untagged.`}
      </p>
      {children > 0 && (
        <p>
          Its {plural(children, 'sub-tag')} move up to{' '}
          {parent ? <bdi>{parent.name}</bdi> : 'the top level'}.
        </p>
      )}
    </ConfirmDialog>
  );
}

// "Draft from tags…": the tag tree with a checkbox per tag (and whether sub-tags count), a title,
// and the core drafts a briefing with one section per tag, its quotes grouped by source and cited.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Briefing } from '../../../../shared/domain';
import { api, useMutation, useQuery } from '../../api';
import { Button, Dialog, formatCount } from '../../ui';
import { tagsInTreeOrder } from './pickerData';

interface DraftFromTagsDialogProps {
  onDrafted: (briefing: Briefing) => void;
  onClose: () => void;
}

export function DraftFromTagsDialog({ onDrafted, onClose }: DraftFromTagsDialogProps) {
  const id = useId();
  const tags = useQuery('tags', () => api.listTags({}));
  const ordered = useMemo(() => tagsInTreeOrder(tags.data ?? []), [tags.data]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [includeSubtags, setIncludeSubtags] = useState(true);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const draft = useMutation(api.draftBriefingFromTags);

  const names = ordered.filter(({ tag }) => chosen.includes(tag.id)).map(({ tag }) => tag.name);
  const effectiveTitle = title.trim() || (names.length > 0 ? names.join(', ') : '');

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (chosen.length === 0) {
      setError('Choose at least one tag.');
      return;
    }
    try {
      // Tree order, so sections follow the tree.
      const tagIds = ordered.filter(({ tag }) => chosen.includes(tag.id)).map(({ tag }) => tag.id);
      onDrafted(await draft.run({ tagIds, title: effectiveTitle, includeSubtags }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const toggle = (tagId: number, on: boolean) =>
    setChosen((current) => (on ? [...current, tagId] : current.filter((t) => t !== tagId)));

  return (
    <Dialog
      open
      wide
      title="Draft a briefing from tags"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            disabled={draft.pending || chosen.length === 0}
            onClick={() => void submit()}
          >
            Draft briefing
          </Button>
        </>
      }
    >
      <form className="draft-dialog" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-title`}>
            Title
          </label>
          <input
            id={`${id}-title`}
            dir="auto"
            value={title}
            maxLength={500}
            placeholder={names.length > 0 ? names.join(', ') : 'Named after the tags if empty'}
            onChange={(event) => setTitle(event.target.value)}
            data-autofocus
          />
        </div>
        <fieldset className="draft-dialog__tags">
          <legend className="field__label">One section per tag</legend>
          {tags.error && <p className="field__error">{tags.error.message}</p>}
          {tags.data?.length === 0 && <p>No tags yet: tag some quotes first.</p>}
          <ul className="draft-dialog__list" aria-label="Tags">
            {ordered.map(({ tag, depth }) => (
              <li key={tag.id} style={{ paddingInlineStart: `${depth * 18}px` }}>
                <label className="toggle">
                  <input
                    type="checkbox"
                    checked={chosen.includes(tag.id)}
                    onChange={(event) => toggle(tag.id, event.target.checked)}
                  />
                  <span
                    className="tag-chip__dot"
                    style={{ background: tag.color }}
                    aria-hidden="true"
                  />
                  <bdi dir="auto">{tag.name}</bdi>
                  <span className="draft-dialog__count">({formatCount(tag.quoteCount)})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <label className="toggle">
          <input
            type="checkbox"
            checked={includeSubtags}
            onChange={(event) => setIncludeSubtags(event.target.checked)}
          />
          Include sub-tags
        </label>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}

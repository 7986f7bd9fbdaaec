// The tag tree panel: sends every change to the server (create, rename, recolour, move, merge,
// delete), reports a refusal in the error banner and leaves the tree as the server has it.
import { useCallback, useMemo, useState } from 'react';
import type { Tag, TagId } from '../../../../shared/domain';
import { api, useMutation } from '../../api';
import { Button, plural, useAnnounce, useReportError } from '../../ui';
import { TagActionsMenu, type MenuAction } from './TagActionsMenu';
import { ColourDialog, MoveTagDialog, NewTagDialog } from './TagDialogs';
import { DeleteTagDialog, MergeTagDialog } from './TagRemovalDialogs';
import { TagTree } from './TagTree';
import { visibleTags } from './tagTree';
import type { TagData } from './useTagData';

type TagDialog =
  | { kind: 'new'; parentId: number | null }
  | { kind: 'colour' | 'move' | 'merge' | 'delete'; tag: Tag };

interface TagTreeContainerProps {
  data: TagData;
  selectedTagId: number | null;
  untaggedSelected: boolean;
  onShowTag: (tagId: number | null, options?: { untagged?: boolean }) => void;
}

const asTag = (id: number) => id as TagId;

export function TagTreeContainer({
  data,
  selectedTagId,
  untaggedSelected,
  onShowTag,
}: TagTreeContainerProps) {
  const { forest, counts } = data;
  const reportError = useReportError();
  const announce = useAnnounce();
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [menu, setMenu] = useState<{ tag: Tag; at: { x: number; y: number } } | null>(null);
  const [dialog, setDialog] = useState<TagDialog | null>(null);
  const rows = useMemo(() => visibleTags(forest, collapsed), [forest, collapsed]);
  const menuTagId = menu?.tag.id ?? null;

  const create = useMutation(api.createTag);
  const update = useMutation(api.updateTag);
  const merge = useMutation(api.mergeTags);
  const remove = useMutation(api.deleteTag);
  const busy = create.pending || update.pending || merge.pending || remove.pending;

  const refocus = useCallback((id: number | null) => {
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-tag-id="${id ?? ''}"]`)?.focus(),
    );
  }, []);

  /** Runs a change; a refusal goes to the banner. Dialogs close either way; the tree has focus. */
  const attempt = async <T,>(change: () => Promise<T>, done?: (result: T) => void) => {
    try {
      const result = await change();
      done?.(result);
    } catch (error) {
      reportError(error);
    } finally {
      setDialog(null);
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.tag-tree__list [tabindex="0"]')?.focus(),
      );
    }
  };

  const commitRename = (id: number, name: string) => {
    setRenamingId(null);
    refocus(id);
    const tag = forest.byId.get(id);
    const trimmed = name.trim();
    if (!tag || trimmed === '' || trimmed === tag.name) return;
    void attempt(() => update.run({ id: asTag(id), name: trimmed }));
  };

  const moveTag = (id: number, parentId: number | null) => {
    const tag = forest.byId.get(id);
    if (!tag || tag.parentId === parentId) return;
    void attempt(
      () => update.run({ id: asTag(id), parentId: parentId === null ? null : asTag(parentId) }),
      () => {
        if (parentId !== null) setCollapsed((c) => new Set([...c].filter((x) => x !== parentId)));
        refocus(id);
      },
    );
  };

  const closeMenu = useCallback(
    (restoreFocus: boolean) => {
      setMenu(null);
      if (restoreFocus) refocus(menuTagId);
    },
    [refocus, menuTagId],
  );

  const toggle = (id: number, expand?: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (expand ?? next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const menuActions = (tag: Tag): MenuAction[] => [
    { label: 'Rename', shortcut: 'F2', run: () => setRenamingId(tag.id) },
    { label: 'Colour…', run: () => setDialog({ kind: 'colour', tag }) },
    { label: 'Add sub-tag…', run: () => setDialog({ kind: 'new', parentId: tag.id }) },
    { label: 'Move to…', run: () => setDialog({ kind: 'move', tag }) },
    { label: 'Merge into…', run: () => setDialog({ kind: 'merge', tag }) },
    {
      label: 'Delete…',
      shortcut: 'Del',
      danger: true,
      run: () => setDialog({ kind: 'delete', tag }),
    },
  ];

  const closeDialog = () => setDialog(null);
  let dialogView = null;
  if (dialog?.kind === 'new') {
    dialogView = (
      <NewTagDialog
        forest={forest}
        parentId={dialog.parentId}
        busy={busy}
        onClose={closeDialog}
        onCreate={({ name, parentId, color }) =>
          void attempt(
            () => create.run({ name, color, parentId: parentId === null ? null : asTag(parentId) }),
            (tag) => {
              announce(`Tag ${tag.name} created.`);
              setFocusedId(tag.id);
            },
          )
        }
      />
    );
  } else if (dialog?.kind === 'colour') {
    const { tag } = dialog;
    dialogView = (
      <ColourDialog
        tag={tag}
        busy={busy}
        onClose={closeDialog}
        onSave={(color) => void attempt(() => update.run({ id: asTag(tag.id), color }))}
      />
    );
  } else if (dialog?.kind === 'move') {
    const { tag } = dialog;
    dialogView = (
      <MoveTagDialog
        tag={tag}
        forest={forest}
        busy={busy}
        onClose={closeDialog}
        onMove={(parentId) => moveTag(tag.id, parentId)}
      />
    );
  } else if (dialog?.kind === 'merge') {
    const { tag } = dialog;
    dialogView = (
      <MergeTagDialog
        tag={tag}
        forest={forest}
        busy={busy}
        onClose={closeDialog}
        onMerge={(into) =>
          void attempt(
            () => merge.run({ from: asTag(tag.id), into: asTag(into) }),
            (result) => {
              announce(`${plural(result.moved, 'quote')} filed under ${result.into.name}.`);
              if (selectedTagId === tag.id) onShowTag(into);
              setFocusedId(into);
            },
          )
        }
      />
    );
  } else if (dialog?.kind === 'delete') {
    const { tag } = dialog;
    dialogView = (
      <DeleteTagDialog
        tag={tag}
        forest={forest}
        busy={busy}
        onClose={closeDialog}
        onDelete={() =>
          void attempt(
            () => remove.run({ id: asTag(tag.id) }),
            (result) => {
              announce(
                `Tag ${tag.name} deleted; ${plural(result.untagged, 'quote')} now untagged.`,
              );
              if (selectedTagId === tag.id) onShowTag(null);
            },
          )
        }
      />
    );
  }

  return (
    <section className="tag-panel" aria-label="Tag tree">
      <header className="tag-panel__header">
        <h2 className="pane-title">Tags</h2>
        <Button small onClick={() => setDialog({ kind: 'new', parentId: null })}>
          New tag
        </Button>
      </header>
      {data.error && (
        <p className="pane-error" role="alert">
          Tags could not be loaded: {data.error.message}
        </p>
      )}
      <TagTree
        rows={rows}
        forest={forest}
        counts={counts}
        selectedTagId={selectedTagId}
        untaggedSelected={untaggedSelected}
        renamingId={renamingId}
        focusedId={focusedId}
        onFocus={setFocusedId}
        onShowTag={onShowTag}
        onToggle={toggle}
        onRenameStart={setRenamingId}
        onRenameCommit={commitRename}
        onRenameCancel={() => {
          setRenamingId(null);
          refocus(renamingId);
        }}
        onMove={moveTag}
        onMenu={(tag, at) => setMenu({ tag, at })}
        onDeleteRequest={(tag) => setDialog({ kind: 'delete', tag })}
      />
      {menu && (
        <TagActionsMenu
          label={`Actions for ${menu.tag.name}`}
          at={menu.at}
          actions={menuActions(menu.tag)}
          onClose={closeMenu}
        />
      )}
      {dialogView}
    </section>
  );
}

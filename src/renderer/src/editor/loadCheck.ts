// Lexical reports a content that does not parse to onError and carries on with an empty editor;
// the next autosave would then overwrite the briefing. The state is parsed once beforehand, in a
// detached editor with the same nodes, so the component can refuse to open it instead.
import { createEditor } from 'lexical';
import type { BriefingState } from '../../../shared/briefings/state';
import { BRIEFING_NODES } from './nodes';

/** Why the editor cannot open this state, or null when it can. */
export function findLoadError(state: BriefingState): string | null {
  const editor = createEditor({
    nodes: BRIEFING_NODES,
    onError: (error) => {
      throw error;
    },
  });
  try {
    editor.parseEditorState(state);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

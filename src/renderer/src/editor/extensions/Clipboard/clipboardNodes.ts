// Lexical's own clipboard format (application/x-lexical-editor) is how quote blocks and citation
// marks survive copy and paste within a briefing, so it is accepted, but only from our namespace
// and only after the same checks a saved briefing gets: known node types, valid citation ids, no
// inline styles, and no link that leaves the briefing (such links are replaced by their text).
import type { BriefingNode } from '../../../../../shared/briefings/state';
import { briefingNodeSchema } from '../../../../../shared/briefings/state';
import { isInternalLink } from '../../links';

export const LEXICAL_CLIPBOARD_MIME = 'application/x-lexical-editor';

const ALLOWED_TYPES = new Set([
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'parallax-quote',
  'parallax-citation',
]);

/** The nodes of a clipboard payload from this editor, made safe; null when it is not ours. */
export function acceptClipboardNodes(raw: string, namespace: string): BriefingNode[] | null {
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null) return null;
  const { namespace: from, nodes } = payload as Record<string, unknown>;
  if (from !== namespace || !Array.isArray(nodes)) return null;
  const accepted: BriefingNode[] = [];
  for (const node of nodes) {
    const result = briefingNodeSchema.safeParse(node);
    if (!result.success) return null;
    const cleaned = cleanNode(result.data);
    if (cleaned === null) return null;
    accepted.push(...cleaned);
  }
  return accepted;
}

/** The node as it may be inserted (a foreign link becomes its children), or null if refused. */
function cleanNode(node: BriefingNode): BriefingNode[] | null {
  if (!ALLOWED_TYPES.has(node.type)) return null;
  let children: BriefingNode[] | undefined;
  if (node.children !== undefined) {
    children = [];
    for (const child of node.children) {
      const cleaned = cleanNode(child);
      if (cleaned === null) return null;
      children.push(...cleaned);
    }
  }
  if (node.type === 'link' && (typeof node.url !== 'string' || !isInternalLink(node.url))) {
    return children ?? [];
  }
  const cleaned: BriefingNode = children === undefined ? { ...node } : { ...node, children };
  if (node.type === 'text') cleaned.style = '';
  if ('textStyle' in node) cleaned.textStyle = '';
  return [cleaned];
}

// Numbered versions of a briefing's content for the autosave kill test: version n says "version n"
// in its first paragraph, cites a document that depends on n (so the citation index must follow
// the content), and carries a body whose size varies so kills land in small and large saves.
import {
  citationNode,
  paragraphNode,
  rootState,
  textNode,
} from '../../../src/main/core/briefings/lexicalJson';
import type { BriefingState } from '../../../src/shared/briefings/state';
import { seededRandom } from '../../fuzz/random';

const BODY = [
  'Les deux pays ont créé une commission militaire mixte.',
  'استقبلت وزارة الدفاع وفدا عسكريا رفيع المستوى.',
  'The delegation met in Bamako on Tuesday.',
];

/** The content of version `n`, citing one of `documentIds`. */
export function versionState(n: number, documentIds: readonly number[]): BriefingState {
  const random = seededRandom(n);
  const documentId = documentIds[n % documentIds.length] ?? 1;
  const body = Array.from({ length: random.int(1, 200) }, () =>
    paragraphNode([textNode(`${random.pick(BODY)} (${n})`)]),
  );
  return rootState([
    paragraphNode([textNode(`version ${n} `), citationNode(documentId, null)]),
    ...body,
  ]);
}

/** The version number a content says it is, or null for content that is no version of ours. */
export function versionOf(state: BriefingState): number | null {
  const first = state.root.children?.[0]?.children?.[0];
  const match = typeof first?.text === 'string' ? /^version (\d+) $/.exec(first.text) : null;
  return match ? Number(match[1]) : null;
}

// A briefing's content as stored: JSON text of a Lexical editor state, refused when too large or
// not the shape core and the editor both rely on.
import type { BriefingState } from '../../../shared/briefings/state';
import { briefingStateSchema } from '../../../shared/briefings/state';
import { ParallaxError } from '../../../shared/errors';
import type { StoredBriefing } from '../db/queries/briefings';

/** Beyond this much JSON a save is refused: no real briefing comes near it. */
export const MAX_CONTENT_BYTES = 20 * 1024 * 1024;

/** The content as stored: the JSON text, checked for size and shape first. */
export function serialiseContent(content: unknown): { json: string; state: BriefingState } {
  const json = JSON.stringify(content);
  const bytes = Buffer.byteLength(json ?? '', 'utf8');
  if (bytes > MAX_CONTENT_BYTES) {
    const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
    throw new ParallaxError(
      'invalid-input',
      `This briefing is too large to save (${mb(bytes)} MB of content; the limit is ${mb(MAX_CONTENT_BYTES)} MB). Split it into several briefings; nothing was saved.`,
    );
  }
  const parsed = briefingStateSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ParallaxError(
      'invalid-input',
      `The briefing's content is not a valid editor state${where}: ${issue?.message ?? 'unknown problem'}. Nothing was saved.`,
    );
  }
  return { json, state: parsed.data };
}

export function readContent(stored: StoredBriefing): BriefingState {
  const parsed = briefingStateSchema.safeParse(JSON.parse(stored.content));
  if (!parsed.success) {
    throw new ParallaxError(
      'internal',
      `The saved content of briefing ${stored.summary.id} (“${stored.summary.title}”) is damaged: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`,
    );
  }
  return parsed.data;
}

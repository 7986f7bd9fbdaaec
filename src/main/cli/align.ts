// `parallax align`: a pair's alignment with offsets into each canonical text and the exact words.
import type { AlignmentLink, DocumentDetail, DocumentId, SegmentId } from '../../shared/domain';
import type { ParallaxCase } from '../core/case';
import type { ModeRequest } from '../core/align/pairs';
import { UsageError } from './usage';

/** One side of a link as printed: the run's first start to its last end, and that text. */
interface LinkSide {
  start: number;
  end: number;
  text: string;
}

function sideOf(document: DocumentDetail, ids: readonly SegmentId[]): LinkSide | null {
  if (ids.length === 0) return null;
  const wanted = new Set<number>(ids);
  const run = document.segments.filter((s) => wanted.has(s.id));
  const start = Math.min(...run.map((s) => s.start));
  const end = Math.max(...run.map((s) => s.end));
  return { start, end, text: document.text.slice(start, end) };
}

const MODE_REQUESTS: readonly ModeRequest[] = ['auto', 'translation', 'comparable'];

export function parseModeRequest(raw: unknown): ModeRequest | undefined {
  if (raw === undefined) return undefined;
  if (MODE_REQUESTS.includes(raw as ModeRequest)) return raw as ModeRequest;
  throw new UsageError(`--mode must be one of ${MODE_REQUESTS.join(', ')}.`);
}

const oneLine = (text: string, width: number): string => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

export async function printAlignment(
  parallaxCase: ParallaxCase,
  ids: [DocumentId, DocumentId],
  options: { mode: ModeRequest | undefined; recompute: boolean; json: boolean },
  print: (text: string) => void,
): Promise<void> {
  const alignment = await parallaxCase.align(ids, {
    ...(options.mode ? { mode: options.mode } : {}),
    recompute: options.recompute,
  });
  const [a, b] = await Promise.all(ids.map((id) => parallaxCase.getDocument(id)));
  const links = alignment.links.map((link: AlignmentLink) => ({
    a: sideOf(a as DocumentDetail, link.a),
    b: sideOf(b as DocumentDetail, link.b),
    score: link.score,
    origin: link.origin,
  }));
  if (options.json) {
    print(JSON.stringify({ mode: alignment.mode, reason: alignment.modeReason, links }, null, 2));
    return;
  }
  print(`${alignment.mode}: ${alignment.modeReason}`);
  for (const link of links) {
    const mark = link.origin === 'manual' ? '✎' : ' ';
    print(
      `${mark}${link.score.toFixed(2)}  ${oneLine(link.a?.text ?? '—', 60).padEnd(60)} │ ${oneLine(link.b?.text ?? '—', 60)}`,
    );
  }
}

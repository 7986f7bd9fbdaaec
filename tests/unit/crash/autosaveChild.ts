// Child process for autosaveKill.test.ts: saves successive versions of a briefing's content the way
// the editor's autosave does (every seventh as an explicit checkpoint) and reports each save on
// stdout only after saveContent has returned.
// Usage (bundled by killChild.ts): autosaveChild <case path> <briefing id> <first version> <document ids, comma-separated>
import { writeSync } from 'node:fs';
import { ParallaxCase } from '../../../src/main/core/case';
import type { BriefingId } from '../../../src/shared/domain';
import { versionState } from './briefingVersions';

const [casePath, briefing, first, documents] = process.argv.slice(2);
if (!casePath || !briefing || !first || !documents) {
  throw new Error('usage: autosaveChild <case path> <briefing id> <first version> <document ids>');
}
const id = Number(briefing) as BriefingId;
const documentIds = documents.split(',').map(Number);

const say = (line: string): void => void writeSync(1, `${line}\n`);

const parallaxCase = await ParallaxCase.open(casePath);
say('ready');
for (let n = Number(first); ; n++) {
  await parallaxCase.briefings.saveContent(id, versionState(n, documentIds), {
    checkpoint: n % 7 === 0,
  });
  say(`saved ${n}`);
}

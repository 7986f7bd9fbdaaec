// Child process for importKill.test.ts: imports generated articles into a case, one file per
// import job (one batch, one transaction each), and reports each file on stdout only after its
// import has returned, so the parent knows what was committed when it kills this process.
// Usage (bundled by killChild.ts, or through tsx):
//   importChild <case path> <first index> <seeds folder> [<max files>]
import { writeSync } from 'node:fs';
import { ParallaxCase } from '../../../src/main/core/case';
import { sourcesFromUploads } from '../../../src/main/core/import/sources';
import { readSeeds } from '../../fuzz/seeds';
import { paragraphs, textPool, utf8 } from '../../fuzz/hostileTexts';
import { seededRandom } from '../../fuzz/random';

const [casePath, first, seedsDir, max = '100000'] = process.argv.slice(2);
if (!casePath || !first || !seedsDir) {
  throw new Error('usage: importChild <case path> <first index> <seeds folder> [<max files>]');
}
const firstIndex = Number(first);

/** Written straight to the pipe: a line is out of this process once the call returns. */
const say = (line: string): void => void writeSync(1, `${line}\n`);

const random = seededRandom(firstIndex);
const pool = textPool(await readSeeds(seedsDir));
const parallaxCase = await ParallaxCase.open(casePath);
say('ready');
for (let index = firstIndex; index < firstIndex + Number(max); index++) {
  const name = `crash-${index}.txt`;
  // Sizes vary so that kills land inside small and large transactions alike.
  const text = `${paragraphs(random, pool, random.int(1, 40))}\nmarker ${index}`;
  const bytes = utf8(text);
  const report = await parallaxCase.importSources(
    `crash-${index}`,
    sourcesFromUploads([{ name, size: bytes.length, bytes }]),
  );
  const item = report.items[0];
  if (item?.status === 'imported') say(`committed ${name} ${item.documentId}`);
  else say(`unexpected ${name} ${item?.status ?? 'no answer'} ${item?.reason ?? ''}`);
}
await parallaxCase.close();
say('done');

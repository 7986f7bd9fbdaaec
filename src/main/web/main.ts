// `npm run web`: the app in a local browser, for machines without the Electron binary (and tests).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCasePath } from '../core/paths';
import { startWebServer } from './server';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      case: { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
  });
  const rendererDir = resolve(values['renderer-dir'] ?? resolve(repoRoot, 'out/renderer'));
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    console.error(`No built renderer in ${rendererDir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`--port must be a port number (0–65535), not ${JSON.stringify(values.port)}.`);
    process.exit(2);
  }
  const casePath = resolve(values.case ?? defaultCasePath());
  const server = await startWebServer({ casePath, rendererDir, port });
  console.log(`Case: ${casePath}`);
  console.log(`Parallax is running at ${server.url}`);
  console.log('Open that address in a browser on this machine. Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // Pending writes are drained before the process ends.
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});

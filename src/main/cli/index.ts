// `parallax`: the same core from a terminal, for batch work and scripting. JSON output is stable.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventPayload, EventSink } from '../../shared/contract';
import { ParallaxError } from '../../shared/errors';
import { ParallaxCase } from '../core/case';
import { commands, type CliCommand } from './commands';
import { HELP, UsageError } from './usage';

/** Import progress on one self-rewriting stderr line, only for a person at a terminal. */
function progressPrinter(json: boolean): EventSink {
  if (json || !process.stderr.isTTY) return () => undefined;
  return (event, payload) => {
    if (event !== 'importProgress') return;
    const { done, total, current } = payload as EventPayload<'importProgress'>;
    process.stderr.write(
      current === null ? '\r\x1b[K' : `\r\x1b[K${done}/${total} ${current.slice(-60)}`,
    );
  };
}

async function run(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (name === '--version') {
    process.stdout.write('parallax 0.1.0\n');
    return 0;
  }
  const command: CliCommand | undefined = commands[name];
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: {
      case: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      ...command.options,
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (typeof values.case !== 'string' || values.case === '') {
    throw new UsageError(`${name} needs --case FILE (the case file; it is created if missing).`);
  }
  const casePath = resolve(values.case);
  const args = values as Record<string, unknown>;
  const handled = (await command.runWithoutCase?.(casePath, positionals, args)) ?? null;
  if (handled !== null) return handled;
  const parallaxCase = await ParallaxCase.open(casePath, progressPrinter(values.json === true));
  try {
    await command.run(parallaxCase, positionals, args);
  } finally {
    await parallaxCase.close();
  }
  return 0;
}

// `parallax … | head` closes stdout early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      process.stderr.write(
        `parallax: ${(error as Error).message}\nRun \`parallax --help\` for usage.\n`,
      );
      process.exitCode = 2;
    } else if (error instanceof ParallaxError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`parallax: ${(error as Error).message ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);

import * as fs from 'fs';
import * as path from 'path';
import { EXIT } from './exit-codes';

/**
 * The one bundle (dist/index.js) has two entries, each named by how it is started and never
 * guessed from the environment: GitHub's runner runs the file itself (action.yml `runs.main`),
 * which is the action; bin/gantry requires it and calls cli(), which is the command line.
 *
 * Each front end, and behind it each command, is imported when it runs: the bundler puts them in
 * chunk files next to dist/index.js, and a process parses and loads only what its command uses.
 */

// A closed pipe (gantry plan | head) ends the program quietly, as other CLIs do.
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}

/** A front end that cannot be loaded (a chunk file missing from an incomplete copy of dist/) fails in one line. */
function failedToLoad(err: unknown): void {
  process.stderr.write(`gantry: error: cannot load gantry's code (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); is dist/ complete?\n`);
  process.exitCode = EXIT.failed;
}

/** The command line: bin/gantry calls this with the user's arguments. */
export function cli(argv: string[]): void {
  quietOnClosedPipe();
  import('./frontends/cli').then(async ({ runCli }) => {
    process.exitCode = await runCli(argv, process.env);
    // A build has nothing left to do once its outputs are written: it ends now, once stdout and
    // stderr have taken everything, rather than through Node's teardown of the registry's idle
    // connections and the heap (0.1-0.4 s). Deploy commands end the usual way (their SSH sessions close cleanly).
    if (argv[0] === 'build') await exitWhenWritten(process.exitCode);
  }, failedToLoad);
}

async function exitWhenWritten(code: number): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.writableLength > 0) await new Promise((resolve) => stream.once('drain', resolve));
  }
  process.exit(code);
}

/** The GitHub Action: inputs as INPUT_* variables, no arguments. */
export function action(argv: string[]): void {
  quietOnClosedPipe();
  if (argv.length > 0) {
    process.stderr.write(`gantry: error: dist/index.js is the GitHub Action and takes no arguments (got '${argv[0]}'); the command line is bin/gantry\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  import('./frontends/github').then(({ runGitHub }) => runGitHub(process.env), failedToLoad);
}

/**
 * Whether Node was started on this file (`node dist/index.js`), rather than it being required.
 * `require.main === module` cannot tell once bundled: the bundler stands in for both names.
 */
function startedDirectly(): boolean {
  const main = process.argv[1];
  if (!main) return false;
  const real = (p: string): string | null => {
    try {
      return fs.realpathSync(p);
    } catch {
      return null;
    }
  };
  const self = real(__filename);
  return [main, `${main}.js`, path.join(main, 'index.js')].some((p) => real(path.resolve(p)) === self);
}

if (startedDirectly()) action(process.argv.slice(2));

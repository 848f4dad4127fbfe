import { runCli } from './frontends/cli';
import { runGitHub } from './frontends/github';
import { EXIT } from './exit-codes';

/**
 * The one bundle (dist/index.js) has two entries, each named by how it is started and never
 * guessed from the environment: GitHub's runner runs the file itself (action.yml `runs.main`),
 * which is the action; bin/gantry requires it and calls cli(), which is the command line.
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

/** The command line: bin/gantry calls this with the user's arguments. */
export function cli(argv: string[]): void {
  quietOnClosedPipe();
  void runCli(argv, process.env).then((code) => {
    process.exitCode = code;
  });
}

/** The GitHub Action: inputs as INPUT_* variables, no arguments. */
export function action(argv: string[]): void {
  quietOnClosedPipe();
  if (argv.length > 0) {
    process.stderr.write(`gantry: error: dist/index.js is the GitHub Action and takes no arguments (got '${argv[0]}'); the command line is bin/gantry\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  void runGitHub(process.env);
}

if (require.main === module) action(process.argv.slice(2));

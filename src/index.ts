import { runCli } from './frontends/cli';
import { runGitHub } from './frontends/github';

// A closed pipe (gantry plan | head) ends the program quietly, as other CLIs do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// GitHub's runner starts the action with no arguments and inputs as INPUT_* variables.
const args = process.argv.slice(2);
const fromGitHub = args.length === 0 && (process.env.GITHUB_ACTIONS === 'true' || Object.keys(process.env).some((k) => k.startsWith('INPUT_')));
if (fromGitHub) {
  void runGitHub(process.env);
} else {
  void runCli(args, process.env).then((code) => {
    process.exitCode = code;
  });
}

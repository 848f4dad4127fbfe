import { runCli } from './frontends/cli';
import { runGitHub } from './frontends/github';

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

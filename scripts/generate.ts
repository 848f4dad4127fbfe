/**
 * Writes the files generated from src/schema.ts: action.yml, templates/*.yml and the input
 * reference docs/reference/inputs.md; and src/deploy/steps/step-scripts.ts, which carries the remote steps'
 * .sh files into every build. `--check` writes nothing and fails when any of them is stale.
 *   npm run generate [-- --check]
 */
import * as fs from 'fs';
import * as path from 'path';
import { actionYaml } from '../src/frontends/generate-action';
import { gitlabTemplates } from '../src/frontends/generate-gitlab';
import { REFERENCE_PAGE, referencePage } from '../src/frontends/generate-reference';
import { STEP_SCRIPTS_MODULE, readStepScripts, stepScriptsModule } from '../src/deploy/steps/embed-scripts';

const ROOT = path.resolve(__dirname, '..', '..');

function generated(): Record<string, string> {
  const files: Record<string, string> = { 'action.yml': actionYaml(), ...gitlabTemplates(), [REFERENCE_PAGE]: referencePage() };
  files[STEP_SCRIPTS_MODULE] = stepScriptsModule(readStepScripts(ROOT));
  return files;
}

function main(): number {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [rel, text] of Object.entries(generated())) {
    const file = path.join(ROOT, rel);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(rel);
    if (!check) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  if (check && stale.length) {
    process.stderr.write(`generate: stale (run 'npm run generate'): ${stale.join(', ')}\n`);
    return 1;
  }
  process.stdout.write(stale.length ? `generate: ${check ? 'stale' : 'wrote'} ${stale.join(', ')}\n` : 'generate: everything up to date\n');
  return 0;
}

process.exitCode = main();

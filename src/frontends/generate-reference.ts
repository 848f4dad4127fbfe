import { INPUTS, InputSpec, OUTPUTS, OutputName, inputNames, outputVariable } from '../schema';
import { defaultText } from './input-docs';
import { DEPLOY_TARGETS, TARGET_INPUTS, TARGET_VALUES } from '../deploy/spec/target-inputs';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const code = (text: string): string => (text === '' ? '' : `\`${text.replace(/`/g, "'")}\``);

/** The input table: gantry's inputs, as every front end takes them. */
export function inputsTable(): string {
  const out = [
    'Every input is a `with:` key of the action, an `inputs:` key of the GitLab component, and on the',
    'command line a flag (`go_version` is `--go-version VALUE`) or a `GANTRY_<NAME>` variable (`GANTRY_GO_VERSION`).',
    '',
    '| Input | Default | Description |',
    '|---|---|---|',
  ];
  for (const name of inputNames()) {
    const spec: InputSpec = INPUTS[name];
    const def = spec.default.includes('\n') ? spec.default.split('\n').map(code).join(' ') : code(defaultText(spec));
    const extra = [
      spec.options && spec.kind !== 'boolean' ? `One of ${spec.options.map(code).join(', ')}.` : '',
      spec.expected ? `Expects ${spec.expected}.` : '',
      spec.secret ? 'Secret: masked in every log.' : '',
    ].filter(Boolean);
    out.push(`| \`${name}\` | ${cell(def)} | ${cell([spec.description, ...extra].join(' '))} |`);
  }

  // The CI/CD catalog renders each component's inputs from templates/*.yml: no copy of them here.
  out.push(
    '',
    "The GitLab components' own inputs (stages, job names, rules, runner image and tags, engine) and",
    'their GitLab defaults (CI/CD variables for every secret) are listed by the CI/CD catalog from',
    '`templates/*.yml`.',
  );
  return out.join('\n');
}

/** The output table, with the variable each output becomes in the GitLab dotenv report. */
export function outputsTable(): string {
  const out = ['| Output | CLI `--dotenv` / GitLab variable | Description |', '|---|---|---|'];
  for (const name of Object.keys(OUTPUTS) as OutputName[]) {
    out.push(`| \`${name}\` | \`${outputVariable(name)}\` | ${cell(OUTPUTS[name].description)} |`);
  }
  return out.join('\n');
}

/** Which deploy inputs each deploy_target reads; the others are refused with one line when set. */
export function targetsTable(): string {
  const out = [`| Input | ${DEPLOY_TARGETS.map(code).join(' | ')} |`, `|---|${DEPLOY_TARGETS.map(() => '---|').join('')}`];
  // Each input once, in the order the targets first list it (an input may serve several targets).
  const names = [...new Set(DEPLOY_TARGETS.flatMap((t) => TARGET_INPUTS[t]))];
  for (const name of names) out.push(`| \`${name}\` | ${DEPLOY_TARGETS.map((x) => (TARGET_INPUTS[x].includes(name) ? 'read' : 'refused')).join(' | ')} |`);
  for (const v of TARGET_VALUES) out.push(`| \`${v.input}: ${v.value}\` | ${DEPLOY_TARGETS.map((x) => (v.targets.includes(x) ? 'read' : 'refused')).join(' | ')} |`);
  return out.join('\n');
}

/** Where the generated reference lives, relative to the repository root. */
export const REFERENCE_PAGE = 'docs/reference/inputs.md';

/**
 * docs/reference/inputs.md, whole: every input and output, and which deploy inputs each
 * deploy_target reads. Written by `npm run generate`, never by hand; the drift test compares it.
 */
export function referencePage(): string {
  return [
    '# Inputs and outputs',
    '',
    '<!-- Generated from the input schema by `npm run generate`: do not edit by hand. -->',
    '',
    'The reference of every input and output, generated from the one schema (`src/schema.ts`). The',
    '[manual](../README.md) explains each by topic.',
    '',
    '## Inputs',
    '',
    inputsTable(),
    '',
    '## Outputs',
    '',
    outputsTable(),
    '',
    '## Deploy targets',
    '',
    'Each `deploy_target` refuses, in one line and before any host is contacted, the inputs that mean',
    'nothing for it (set to anything but their default); inputs not listed here serve every target.',
    '',
    targetsTable(),
    '',
  ].join('\n');
}

/** For the drift test: the text of one `## Heading` section of the page, up to the next heading. */
export function referenceSection(text: string, heading: 'Inputs' | 'Outputs' | 'Deploy targets'): string | undefined {
  const m = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(text);
  return m?.[1];
}

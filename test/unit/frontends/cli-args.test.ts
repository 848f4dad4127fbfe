import { COMMANDS } from '../../../src/schema';
import { cliHelp, parseCliArgs, unknownVariableWarnings } from '../../../src/frontends/cli-args';

describe('command line', () => {
  test('flags, --name=value, repeated lists, --no-flag and GANTRY_* variables', () => {
    const args = parseCliArgs(['build', '--go-version', '1.22', '--tags=a', '--tags', 'b', '--no-push', '--dotenv', 'out.env'], { GANTRY_IMAGE: 'r.example.com/x', GANTRY_GO_VERSION: '1.19' });
    expect(args.command).toBe('build');
    expect(args.raw).toMatchObject({ go_version: '1.22', tags: 'a\nb', push: 'false', image: 'r.example.com/x', command: 'build' });
    expect(args.dotenv).toBe('out.env');
    expect(args.fromFlags).toEqual(expect.arrayContaining(['go_version', 'tags', 'push']));
    expect(args.fromFlags).not.toContain('image');
  });

  test.each([
    [['ship'], /unknown command 'ship'/],
    [['build', '--colour', 'red'], /unknown option '--colour'/],
    [['build', '--image'], /option '--image' needs a value/],
    [['build', 'stray'], /unexpected argument 'stray'/],
    [['build', '--no-image'], /unknown option|only true\/false options take --no-/],
    [['build', '--go-version', '1.20', '--go-version=1.22'], /option '--go-version' is given twice \('1.20' and '1.22'\); it takes one value \(only list options add up\)/],
    [['deploy', '--network', 'host', '--network', 'none'], /option '--network' is given twice/],
    [['build', '--push', '--no-push'], /option '--push' is given twice/],
    [['build', '--registry-password', 'one-secret', '--registry-password', 'two-secret'], /^UserError: option '--registry-password' is given twice; it takes one value/],
    [['build', '--dotenv', 'a', '--dotenv=b'], /option '--dotenv' is given twice/],
    [['build', '--dotenv'], /option '--dotenv' needs a value/],
  ])('%j is refused with exit code 2', (argv, message) => {
    let err: unknown;
    try {
      parseCliArgs(argv, {});
    } catch (e) {
      err = e;
    }
    expect(String(err)).toMatch(message);
    expect((err as { exitCode: number }).exitCode).toBe(2);
  });

  test('list options add up, one per line', () => {
    expect(parseCliArgs(['deploy', '--hosts', 'a', '--hosts=b', '--env', 'A=1', '--env', 'B=2'], {}).raw).toMatchObject({ hosts: 'a\nb', env: 'A=1\nB=2' });
  });

  test('unknown GANTRY_ variables are warned about; inputs, outputs, settings and the test bed\'s are not', () => {
    const env = {
      GANTRY_GO_VERISON: '1.22', GANTRY_COMMAND: 'build', GANTRY_ZZZ: 'x',
      GANTRY_GO_VERSION: '1.22', GANTRY_SECRET_ENV: 'A=1', GANTRY_DIGEST: 'sha256:x', GANTRY_PUSHED_TAGS: 'x', GANTRY_BUILT_GO_VERSION: '1.22',
      GANTRY_DEBUG: '1', GANTRY_DOTENV: 'x.env', GANTRY_TESTBED_DIR: '/x', PATH: '/bin',
    };
    expect(unknownVariableWarnings(env)).toEqual([
      'GANTRY_COMMAND is ignored: the command is the first argument (gantry build, gantry deploy...)',
      'GANTRY_GO_VERISON is not a gantry variable and is ignored; did you mean GANTRY_GO_VERSION? inputs are GANTRY_<INPUT NAME> (see gantry --help)',
      'GANTRY_ZZZ is not a gantry variable and is ignored; inputs are GANTRY_<INPUT NAME> (see gantry --help)',
    ]);
    expect(parseCliArgs(['build'], env).warnings).toHaveLength(3);
  });

  test('help and version', () => {
    expect(parseCliArgs([], {}).command).toBe('help');
    expect(parseCliArgs(['--version'], {}).command).toBe('version');
    expect(cliHelp()).toContain('--go-version VALUE');
  });

  test('help lists every command', () => {
    for (const c of COMMANDS) expect(cliHelp()).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
  });
});

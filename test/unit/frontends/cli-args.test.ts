import { cliHelp, parseCliArgs } from '../../../src/frontends/cli-args';

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

  test('help and version', () => {
    expect(parseCliArgs([], {}).command).toBe('help');
    expect(parseCliArgs(['--version'], {}).command).toBe('version');
    expect(cliHelp()).toContain('--go-version VALUE');
  });
});

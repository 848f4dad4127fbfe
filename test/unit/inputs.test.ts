import { parseInputs, parseKeyValues, secretValues, splitList } from '../../src/inputs';
import { INPUTS, InputSpec, inputNames } from '../../src/schema';

describe('inputs', () => {
  test('every input has a description and a textual default', () => {
    for (const name of inputNames()) {
      expect(INPUTS[name].description.length).toBeGreaterThan(10);
      expect(typeof INPUTS[name].default).toBe('string');
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  test('defaults come from the schema', () => {
    const inputs = parseInputs({});
    expect(inputs.context).toBe('.');
    expect(inputs.push).toBe(true);
    expect(inputs.cgo).toBe(false);
    expect(inputs.tags).toEqual(['{commit_time}', '{short_sha}', '{git_tag}']);
    expect(inputs.health_timeout).toBe(60);
    expect(inputs.batch_size).toBe('1');
  });

  test.each([
    [{ push: 'yes' }, /input 'push': 'yes' is not allowed; expected one of true, false/],
    [{ ldflags: '-s\0-w' }, /^input 'ldflags': holds a NUL byte \(at character 3\)/],
    [{ env: 'A=1\nB=x\0y' }, /^input 'env': holds a NUL byte/],
    [{ image: `r.example.com/${'a'.repeat(2100)}` }, /^input 'image': is 2114 characters long, more than the 2048 it takes/],
    [{ container_name: 'c'.repeat(300) }, /^input 'container_name': is 300 characters long, more than the 128 it takes/],
    [{ pre_switch_cmd: 'x'.repeat(5000) }, /^input 'pre_switch_cmd': is 5000 characters long, more than the 4096 it takes/],
    [{ env: `A=1\nBIG=${'v'.repeat(100_000)}` }, /^input 'env': line 2 \(BIG\) is 100004 characters long, more than the 32768 a line takes/],
    [{ env: `BIG=${'v'.repeat(30_000)}` }, null],
    [{ go_version: 'go1.22' }, /input 'go_version': 'go1.22' is not valid; expected a Go version/],
    [{ health_timeout: 'soon' }, /input 'health_timeout'/],
    [{ batch_size: '0' }, /input 'batch_size'/],
    [{ batch_size: '50%' }, null],
    [{ command: 'ship' }, /input 'command': 'ship' is not allowed/],
    [{ colour: 'red' }, /input 'colour': is not an input of gantry/],
    [{ restart: 'sometimes' }, /input 'restart'/],
    [{ version_variable: 'version' }, /input 'version_variable'/],
    [{ health_path: 'healthz' }, /input 'health_path': 'healthz' is not valid; expected an HTTP path starting with \//],
    [{ drain_timeout: '-1' }, /input 'drain_timeout': '-1' is not valid; expected whole seconds/],
    [{ proxy_port: '80x' }, /input 'proxy_port': '80x' is not valid; expected a port/],
    [{ app_port: '-80' }, /input 'app_port': '-80' is not valid/],
    [{ proxy_image: 'caddy 2' }, /input 'proxy_image': 'caddy 2' is not valid/],
    [{ force: 'maybe' }, /input 'force': 'maybe' is not allowed/],
    [{ max_failures: '-1' }, /input 'max_failures': '-1' is not valid; expected a whole number up to 9999 such as 1, or a percentage/],
    [{ max_failures: '1' }, null],
    [{ max_failures: '25%' }, null],
    [{ batch_wait: '-5' }, /input 'batch_wait': '-5' is not valid; expected whole seconds/],
    [{ logs_since: '$(id)' }, /input 'logs_since': '\$\(id\)' is not valid; expected a duration such as 10m/],
    [{ logs_since: '2h' }, null],
    [{ logs_since: '1h30m' }, null],
    [{ logs_since: '2026-01-02T15:04:05Z' }, null],
    [{ logs_since: '2026-01-02' }, null],
    [{ logs_since: '2d' }, /input 'logs_since': '2d' is not valid; expected a duration such as 10m, 2h or 1h30m \(units ms, s, m, h; a day is 24h\)/],
    [{ logs_since: '2026-13-02T15:04:05Z' }, /input 'logs_since': '2026-13-02T15:04:05Z' is not valid/],
    [{ logs_since: '2026-01-02T::::' }, /input 'logs_since'/],
    [{ logs_tail: '0' }, /input 'logs_tail': '0' is not valid/],
  ])('%j', (raw, message) => {
    if (message) expect(() => parseInputs(raw)).toThrow(message);
    else expect(() => parseInputs(raw)).not.toThrow();
  });

  test('lists split on lines and commas, KEY=VALUE lists on lines only', () => {
    expect(splitList('a, b\nc\n\n# comment\n')).toEqual(['a', 'b', 'c']);
    const inputs = parseInputs({ env: 'A=1,2\nB=x', hosts: 'h1,h2\nh3' });
    expect(inputs.env).toEqual(['A=1,2', 'B=x']);
    expect(inputs.hosts).toEqual(['h1', 'h2', 'h3']);
  });

  test('KEY=VALUE lines', () => {
    expect(parseKeyValues('env', ['A=1', 'B==2', 'C='])).toEqual([['A', '1'], ['B', '=2'], ['C', '']]);
    expect(() => parseKeyValues('env', ['A=1', 'novalue'])).toThrow("input 'env': entry 2 'novalue' has no '='");
    expect(() => parseKeyValues('labels', ['=x'])).toThrow("input 'labels': entry 1 '=x' has no key before '='");
  });

  test('secret values: secret inputs, secret_env values and env values of secret-looking keys only', () => {
    const inputs = parseInputs({ registry_password: 'hunter22', env: 'API_TOKEN=abc123\nPORT=8080', secret_env: 'DB_URL=postgres://db/x' });
    const values = secretValues(inputs);
    expect(values).toEqual(expect.arrayContaining(['hunter22', 'abc123', 'postgres://db/x']));
    expect(values).not.toContain('8080');
  });

  test('every number input is bounded, below what Node\'s timers take in milliseconds', () => {
    for (const name of inputNames()) {
      const spec: InputSpec = INPUTS[name];
      if (spec.kind !== 'number') continue;
      expect({ name, min: typeof spec.min, max: typeof spec.max }).toEqual({ name, min: 'number', max: 'number' });
      expect((spec.max as number) * 1000).toBeLessThan(2 ** 31);
    }
  });
});

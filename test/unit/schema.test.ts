import { SETTINGS, inputNames, inputVariable, outputNames, outputVariable } from '../../src/schema';
import { parseCliArgs } from '../../src/frontends/cli-args';

describe('output variables never read back as inputs', () => {
  test('no output variable is an input variable or a setting', () => {
    const taken = new Set<string>([...inputNames().map(inputVariable), ...Object.keys(SETTINGS)]);
    const clashes = outputNames().filter((n) => taken.has(outputVariable(n)));
    expect(clashes).toEqual([]);
  });

  test('digest and image_ref keep the variables the deploy templates read', () => {
    expect([outputVariable('digest'), outputVariable('image_ref')]).toEqual(['GANTRY_DIGEST', 'GANTRY_IMAGE_REF']);
  });

  test('a dotenv report with every output in the environment sets no input of a later job', () => {
    const report: Record<string, string> = {};
    for (const n of outputNames()) report[outputVariable(n)] = `value-of-${n}`;
    const args = parseCliArgs(['build'], report);
    expect(args.raw).toEqual({ command: 'build' });
  });
});

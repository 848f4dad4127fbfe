import { readFileSync } from 'fs';
import { join } from 'path';
import { RawInputs, parseInputs } from '../../../src/inputs';
import { prepareSupplyChain } from '../../../src/supply-chain/supply-chain';

const FIXTURE = join(__dirname, '../../fixtures/cosign');
const key = readFileSync(join(FIXTURE, 'cosign.key'), 'utf8');
const pub = readFileSync(join(FIXTURE, 'cosign.pub'), 'utf8');

class Lines {
  lines: string[] = [];
  info(m: string) { this.lines.push(m); }
  warn(m: string) { this.lines.push(`warning: ${m}`); }
  debug() { /* not kept */ }
  mask() { /* not kept */ }
  async group<T>(_n: string, fn: () => Promise<T>) { return fn(); }
  setOutput() { /* not kept */ }
  summary() { /* not kept */ }
}

describe('prepareSupplyChain: inputs checked before any build work', () => {
  test.each([
    [{ sign_key: key, sign_key_password: 'wrong' }, /^input 'sign_key_password': does not open sign_key/],
    [{ sign_key_password: 'x' }, /^input 'sign_key': is empty but sign_key_password is set/],
    [{ verify_key: key }, /^input 'verify_key': holds a private key, not a public key/],
    [{ require_provenance: 'true' }, /^input 'verify_key': is empty but require_provenance is set/],
    [{ verify_source: 'https://git.example.com/team/api' }, /^input 'verify_key': is empty but verify_source is set/],
    [{ sign_key: key, sign_key_password: 'gantry-test', sign_keyless: 'true' }, /^input 'sign_keyless': is true and sign_key is set/],
    [{ fulcio_url: 'https://fulcio.example.com' }, /^input 'fulcio_url': is set but sign_keyless is false/],
    [{ rekor_url: 'https://rekor.example.com' }, /^input 'rekor_url': is set but sign_keyless is false/],
    [{ sign_keyless: 'true' }, /^input 'sign_keyless': finds no OIDC token: GitHub Actions gives this job none .*id-token: write/],
  ] as Array<[RawInputs, RegExp]>)('%o is refused', (raw, message) => {
    expect(() => prepareSupplyChain(parseInputs(raw), new Lines(), { GITHUB_ACTIONS: 'true' })).toThrow(message);
  });

  test('sign_keyless with a token in the job: the Sigstore URLs kept, the token fetched only when signing', () => {
    const out = new Lines();
    const plan = prepareSupplyChain(parseInputs({ sign_keyless: 'true', fulcio_url: 'https://fulcio.example.com', rekor_url: 'https://rekor.example.com' }), out, { GITLAB_CI: 'true', SIGSTORE_ID_TOKEN: 'h.p.s' });
    expect(plan).toMatchObject({ key: undefined, keyless: { fulcioUrl: 'https://fulcio.example.com', rekorUrl: 'https://rekor.example.com' } });
    expect(out.lines.join('\n')).not.toContain('h.p.s');
  });

  test('a good key is opened and named by its id, never printed', () => {
    const out = new Lines();
    const plan = prepareSupplyChain(parseInputs({ sign_key: key, sign_key_password: 'gantry-test', verify_key: pub }), out, {});
    expect(plan.key?.publicPem.trim()).toBe(pub.trim());
    expect(plan.sbom).toBe(true);
    expect(out.lines).toEqual([expect.stringMatching(/^signing with cosign key sha256:[0-9a-f]{16}$/)]);
  });

  test('without a key: SBOM only, or nothing with sbom false', () => {
    expect(prepareSupplyChain(parseInputs({}), new Lines(), {})).toMatchObject({ key: undefined, sbom: true });
    expect(prepareSupplyChain(parseInputs({ sbom: 'false' }), new Lines(), {})).toMatchObject({ key: undefined, sbom: false });
  });
});

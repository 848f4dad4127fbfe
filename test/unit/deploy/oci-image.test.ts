import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseInputs } from '../../../src/inputs';
import { ContainerDeploySpec, deploySpec } from '../../../src/deploy/spec/deploy-spec';
import { readOciImage } from '../../../src/deploy/spec/oci-image';
import { layout } from './oci-fixture';

const K1 = 'AAAAC3NzaC1lZDI1NTE5AAAAIE94qTs9Lh53L2kKM2TJO7CXtFyTd1TWG+TopUxJ7CKn';
let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-oci-spec-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const spec = (over: Record<string, string>) => deploySpec(parseInputs({
  command: 'deploy', hosts: '10.231.0.11', known_hosts: `10.231.0.11 ssh-ed25519 ${K1}`, ...over,
}), { cwd: tmp }) as ContainerDeploySpec;

describe('deploy_image oci:DIR', () => {
  test('one image: its digest, config and the name hosts keep it under, from the ref name', () => {
    const [d] = layout(path.join(tmp, 'out'), ['10.231.0.1:5000/team/hello:v1']);
    const s = spec({ deploy_image: 'oci:out' });
    expect(s.container.image).toEqual({ registry: '', repository: '10.231.0.1:5000/team/hello', tag: 'v1', digest: d });
    expect(s.container.oci).toMatchObject({ dir: path.join(tmp, 'out'), digest: d, tag: 'v1' });
    expect(s.container.oci?.configDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(s.container.oci?.layers).toHaveLength(1);
    expect(s.service).toBe('hello');
  });

  test('a bare tag as ref name: the repository is oci/<folder>', () => {
    layout(path.join(tmp, 'My Build'), ['v2']);
    expect(readOciImage('oci:My Build', 'deploy_image', tmp)).toMatchObject({ repository: 'oci/my-build', tag: 'v2' });
  });

  test('several images: the digest picks one', () => {
    const ds = layout(path.join(tmp, 'out'), ['r/a:1', 'r/b:1']);
    expect(spec({ deploy_image: `oci:out@${ds[1]}` }).container.image?.repository).toBe('r/b');
  });

  test('the same image under two names is one image', () => {
    const dir = path.join(tmp, 'out');
    const [d] = layout(dir, ['r/a:1']);
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
    index.manifests.push({ ...index.manifests[0], annotations: { 'org.opencontainers.image.ref.name': 'r/a:latest' } });
    fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
    expect(readOciImage('oci:out', 'deploy_image', tmp).digest).toBe(d);
  });

  test.each([
    ['a missing folder', () => 'oci:nowhere', /^input 'deploy_image': the folder .*\/nowhere does not exist; expected oci:DIR/],
    ['no folder at all', () => 'oci:', /^input 'deploy_image': 'oci:' names no folder/],
    ['a folder that is not a layout', () => { fs.mkdirSync(path.join(tmp, 'plain')); return 'oci:plain'; }, /^input 'deploy_image': .*\/plain is not an OCI image layout \(no oci-layout, no index.json\)/],
    ['a layout with no image', () => { layout(path.join(tmp, 'e'), []); return 'oci:e'; }, /^input 'deploy_image': the OCI layout .*\/e holds no image/],
    ['several images and no digest', () => { layout(path.join(tmp, 'two'), ['r/a:1', 'r/b:1']); return 'oci:two'; },
      /^input 'deploy_image': the OCI layout .*\/two holds 2 images and none is chosen: sha256:[a-f0-9]{64} \(r\/a:1\); sha256:[a-f0-9]{64} \(r\/b:1\); expected oci:two@sha256:/],
    ['a digest not in it', () => { layout(path.join(tmp, 'one'), ['r/a:1']); return `oci:one@sha256:${'e'.repeat(64)}`; }, /^input 'deploy_image': the OCI layout .*\/one holds no image sha256:e{64}; it holds sha256:/],
    ['a digest that is no digest', () => { layout(path.join(tmp, 'one'), ['r/a:1']); return 'oci:one@latest'; }, /^input 'deploy_image': 'oci:one@latest' has a digest that is not sha256:<64 hex digits>/],
    ['a layer missing', () => {
      const dir = path.join(tmp, 'cut');
      layout(dir, ['r/a:1']);
      const files = fs.readdirSync(path.join(dir, 'blobs', 'sha256'));
      const layer = files.find((f) => fs.readFileSync(path.join(dir, 'blobs', 'sha256', f), 'utf8') === 'layer of r/a:1') as string;
      fs.rmSync(path.join(dir, 'blobs', 'sha256', layer));
      return 'oci:cut';
    }, /^input 'deploy_image': the OCI layout .*\/cut lacks the blob\(s\) sha256:[a-f0-9]{64} of sha256:/],
  ])('refuses %s in one line naming deploy_image', (_what, make, message) => {
    const text = make();
    let err: Error | undefined;
    try {
      spec({ deploy_image: text });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).toMatch(message);
    expect(err?.message).not.toContain('\n');
  });

  test('the swarm target refuses it in one line', () => {
    layout(path.join(tmp, 'out'), ['r/a:1']);
    expect(() => spec({ deploy_image: 'oci:out', deploy_target: 'swarm' })).toThrow(/^input 'deploy_image': names an OCI layout \(oci:.*\), which the swarm target cannot deploy: every node pulls the image for itself from a registry/);
  });

  test('verify_key cannot check it', () => {
    layout(path.join(tmp, 'out'), ['r/a:1']);
    expect(() => spec({ deploy_image: 'oci:out', verify_key: 'x' })).toThrow(/^input 'verify_key': cannot check an image read from an OCI layout/);
  });
});

import { planPrivateModules, privateModulesFor } from '../../../../src/image/secrets/private-modules';
import { renderDockerfile, DockerfileSpec } from '../../../../src/image/plan/dockerfile';
import { runtimeBase } from '../../../../src/image/plan/runtime-image';
import { secretRunSteps } from '../../../../src/image/secrets/secret-mounts';
import { parseInputs } from '../../../../src/inputs';

const PIN = '10.231.0.11 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnly0000000000000000000000';

describe('goprivate', () => {
  test('netrc: GOPRIVATE/GONOSUMDB and the netrc secret, git told where the server is', () => {
    const pm = planPrivateModules(['git.gantry.test/private', 'git.gantry.test=http://127.0.0.1:8418'], { netrc: true, sshId: '', knownHosts: '' });
    expect(pm).toEqual({
      env: ['GOPRIVATE="git.gantry.test/private,git.gantry.test"', 'GONOSUMDB="git.gantry.test/private,git.gantry.test"'],
      gitSetup: "git config --global url.'http://127.0.0.1:8418/'.insteadOf 'https://git.gantry.test/'",
      mounts: ['--mount=type=secret,id=netrc,target=/root/.netrc'],
      warnings: [],
    });
  });

  test('ssh: the agent, git@host for https URLs, and the pinned host keys', () => {
    const pm = planPrivateModules(['github.com/acme/*'], { netrc: false, sshId: 'default', knownHosts: `# pins\n${PIN}\n[h]:2222 SHA256:abc\n` });
    expect(pm?.mounts).toEqual(['--mount=type=ssh,id=default']);
    expect(pm?.gitSetup).toBe(
      "git config --global url.'ssh://git@github.com/'.insteadOf 'https://github.com/' \\\n && mkdir -p -m 700 /root/.ssh \\\n && printf '%s\\n' '" + PIN + "' > /root/.ssh/known_hosts",
    );
    expect(planPrivateModules(['github.com/acme/*'], { netrc: false, sshId: 'default', knownHosts: '' })?.warnings).toEqual([
      'goprivate fetches over ssh but known_hosts pins no host key: git in the build will refuse the git host; add its known_hosts line to known_hosts',
    ]);
  });

  test.each([
    [['git.example.com/*=ssh://x'], /a pattern with a glob cannot name a git URL/],
    [['git example'], /'git example' is not a module path pattern/],
    [["h=ssh://a'b"], /the git URL has spaces or quotes/],
    [['h=https://oauth2:glpat-123@h'], /'h=...': the git URL holds a password/],
  ])('bad %j', (goprivate, message) => {
    expect(() => planPrivateModules(goprivate, { netrc: true, sshId: '', knownHosts: '' })).toThrow(message);
  });

  test('from inputs: netrc from the netrc input or secret_files, the default ssh id first', () => {
    expect(privateModulesFor(parseInputs({}))).toBeNull();
    expect(privateModulesFor(parseInputs({ goprivate: 'h/x', secret_files: 'netrc=/n' }))?.mounts).toEqual(['--mount=type=secret,id=netrc,target=/root/.netrc']);
    expect(privateModulesFor(parseInputs({ goprivate: 'h/x', ssh: 'gitlab=/k\ndefault' }))?.mounts).toEqual(['--mount=type=ssh,id=default']);
  });

  test('the generated Dockerfile mounts them on the download and build steps only', () => {
    const spec: DockerfileSpec = {
      builderImage: 'golang:1.22', goVersion: '1.22', os: 'linux', arch: 'amd64', mainPackage: '.', binaryName: 'svc', module: 'example.com/svc',
      cgo: false, ldflags: '-s -w', versionVariable: '', runtime: runtimeBase('scratch', false), hasGoSum: true, vendored: false, goproxy: '',
      privateModules: planPrivateModules(['git.gantry.test=http://127.0.0.1:8418'], { netrc: true, sshId: 'default', knownHosts: PIN }),
    };
    const text = renderDockerfile(spec);
    expect(text).toMatch(/^ENV .* GOPRIVATE="git.gantry.test" GONOSUMDB="git.gantry.test"$/m);
    const steps = secretRunSteps(text);
    expect(steps.map((s) => s.line)).toEqual([
      text.split('\n').findIndex((l) => /go mod download/.test(l)) + 1,
      text.split('\n').findIndex((l) => /^RUN .*gantry-gomod/.test(l) && !/download/.test(l)) + 1,
    ]);
    for (const s of steps) expect(s.mounts).toEqual([{ type: 'secret', id: 'netrc', required: undefined }, { type: 'ssh', id: 'default', required: undefined }]);
    const lines = text.split('\n');
    const setup = lines.findIndex((l) => l.startsWith('RUN git config'));
    expect(setup).toBeLessThan(lines.findIndex((l) => l.startsWith('COPY go.mod')));
    // Without goprivate nothing changes; vendored services fetch nothing.
    expect(renderDockerfile({ ...spec, privateModules: null })).not.toMatch(/GOPRIVATE|secret|ssh/);
    expect(renderDockerfile({ ...spec, vendored: true })).not.toMatch(/GOPRIVATE|secret|ssh/);
  });
});

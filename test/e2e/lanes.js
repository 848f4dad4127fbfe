// The two e2e lanes `npm test` (scripts/test.sh) runs at the same time, each one file after another.
// They are split by the test bed's resource they hold, so that they never share one:
//   builds - builds and pushes only: they run on an engine of their own (a fresh dockerd with the
//            bed's base images, started by scripts/test.sh and named to the tests by
//            GANTRY_E2E_DOCKER_HOST), and share only the registry, where each file pushes to
//            repositories of its own. Fresh engines a file starts itself are its own too.
//   hosts  - everything that rolls out to the hosts h1-h3 (or restarts their engines, or joins them
//            into a swarm, or serves git over their sshd), with its builds on the bed's main engine.
// A new *.itg.test.ts must be listed in exactly one lane (test/unit/e2e-lanes.test.ts fails until it
// is): in `builds` only if it never touches h1-h3 or the bed's main engine, else in `hosts`. A file
// that needs no engine at all (toolchain-offline: the host builder with DOCKER_HOST pointing
// nowhere) may go in either: it sits where it evens the two lanes' times.
// `npx jest --selectProjects e2e FILE` still runs any one file alone, on the bed's main engine.
module.exports = {
  builds: [
    'build', 'cache', 'direct-assemble', 'direct-build', 'direct-cache', 'engine-address', 'full-disk', 'github-cache',
    'gitlab-component-config', 'gitlab-runner-image', 'platforms', 'push', 'release', 'reproducible', 'secrets-datakey',
    'registries', 'secrets-netrc', 'services', 'ssh-fleet', 'supply-chain',
  ],
  hosts: [
    'binary-rollout', 'cancel', 'day-two', 'demo', 'deploy', 'exit-codes', 'github-action', 'gitlab-component', 'gitlab-day-two', 'host-build',
    'container-options', 'fleet', 'host-cert', 'proxy', 'toolchain-offline', 'registryless', 'secrets-ssh', 'supply-chain-deploy', 'swarm', 'user-cert',
  ],
};

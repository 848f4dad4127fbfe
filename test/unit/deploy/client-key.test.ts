import { parseInputs } from '../../../src/inputs';
import { deploySpec } from '../../../src/deploy/spec/deploy-spec';
import { clientKey, jumpKey } from '../../../src/deploy/commands/prepare';

const spec = (over: Record<string, string>) => deploySpec(parseInputs({
  command: 'status', hosts: 'h1', ssh_host_key_policy: 'accept-new', container_name: 'api', ...over,
}), {}, 'read');

describe('clientKey: the key given, else the agent of SSH_AUTH_SOCK', () => {
  test('no key and no agent: one line naming the input, and the agent as the other way', async () => {
    await expect(clientKey(spec({}), {})).rejects.toThrow("input 'ssh_private_key': is empty; expected the private key whose public half is in the hosts' authorized_keys (or SSH_AUTH_SOCK naming an agent that holds it)");
  });

  test('only the host local: no key is needed, and no agent is asked', async () => {
    await expect(clientKey(spec({ hosts: 'local' }), { SSH_AUTH_SOCK: '/nonexistent/agent.sock' })).resolves.toBeUndefined();
  });

  test('a key given wins over SSH_AUTH_SOCK (the agent is not asked)', async () => {
    await expect(clientKey(spec({ ssh_private_key: 'not a key' }), { SSH_AUTH_SOCK: '/nonexistent/agent.sock' })).rejects.toThrow(/^input 'ssh_private_key': is not a private key ssh can use/);
  });

  test('ssh_jump_key is checked as its own input', async () => {
    await expect(jumpKey(spec({ ssh_jump_host: 'bastion', ssh_jump_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE' }))).rejects.toThrow("input 'ssh_jump_key': is a public key");
    await expect(jumpKey(spec({ ssh_jump_host: 'bastion' }))).resolves.toBeUndefined();
  });
});

import { readFileSync } from 'fs';
import { hostname } from 'os';
import { Inputs } from '../schema';
import { Reporter } from '../reporter';
import { inputError } from '../errors';
import { secretValues } from '../inputs';
import { DeploySpec, deploySpec } from './deploy-spec';
import { describeActor } from './deploy-actor';
import { ClientKey, parsePrivateKey } from './private-key';
import { runRollout } from './rollout';
import { RolloutReport, deployedHosts, failedHosts, renderReportMarkdown, renderReportText, reportJson } from './report';

function readEnvFile(path: string): string | undefined {
  if (!path.trim()) return undefined;
  try {
    return readFileSync(path.trim(), 'utf8');
  } catch (err) {
    throw inputError('env_file', `cannot read '${path.trim()}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'a readable KEY=VALUE file');
  }
}

function clientKey(spec: DeploySpec, inputs: Inputs): ClientKey | undefined {
  if (!spec.hosts.some((h) => !h.local)) return undefined;
  if (!inputs.ssh_private_key.trim()) {
    throw inputError('ssh_private_key', 'is empty', 'the private key whose public half is in the hosts\' authorized_keys');
  }
  return parsePrivateKey(inputs.ssh_private_key, inputs.ssh_passphrase);
}

/** Everything checked before any host is contacted: a mistake here changes nothing anywhere. */
function prepare(inputs: Inputs, reporter: Reporter, mode: 'deploy' | 'rollback', builtImageRef?: string) {
  for (const s of secretValues(inputs)) reporter.mask(s);
  const envFileText = readEnvFile(inputs.env_file);
  const spec = deploySpec(inputs, { builtImageRef, envFileText }, mode);
  for (const [, v] of spec.container.env) reporter.mask(v);
  const key = clientKey(spec, inputs);
  for (const w of spec.warnings) reporter.warn(w);
  const actor = { by: describeActor(process.env, hostname()), runner: hostname(), pid: process.pid };
  return { spec, key, actor };
}

function publish(report: RolloutReport, reporter: Reporter): number {
  reporter.info(renderReportText(report));
  reporter.setOutput('report', reportJson(report));
  reporter.setOutput('deployed_hosts', deployedHosts(report.hosts).join(','));
  reporter.setOutput('failed_hosts', failedHosts(report.hosts).join(','));
  reporter.summary(renderReportMarkdown(report));
  return report.exitCode;
}

/**
 * Rolls inputs.deploy_image (or builtImageRef, the build's image_ref) out to inputs.hosts.
 * Writes the outputs report, deployed_hosts and failed_hosts; returns an EXIT code.
 */
export async function deploy(inputs: Inputs, reporter: Reporter, builtImageRef?: string): Promise<number> {
  const { spec, key, actor } = prepare(inputs, reporter, 'deploy', builtImageRef);
  const report = await reporter.group(`deploy ${spec.container.name} to ${spec.hosts.length} host(s)`,
    () => runRollout({ mode: 'deploy', spec, key, actor, reporter }));
  return publish(report, reporter);
}

/** Puts every host back on its previous recorded version; returns an EXIT code. */
export async function rollback(inputs: Inputs, reporter: Reporter): Promise<number> {
  const { spec, key, actor } = prepare(inputs, reporter, 'rollback');
  const report = await reporter.group(`roll back ${spec.container.name} on ${spec.hosts.length} host(s)`,
    () => runRollout({ mode: 'rollback', spec, key, actor, reporter }));
  return publish(report, reporter);
}

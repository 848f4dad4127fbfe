import { errorMessage } from '../../../errors';
import { shq } from '../../../shell-quote';
import { DeploySpec } from '../../spec/deploy-spec';
import { HostConnection } from '../../connection/host-connection';
import { Connector } from '../../connection/connector';
import { Gate } from '../../connection/gate';
import { serviceNames } from '../../steps/render';
import { RollbackRef } from '../target';

/** Parses `IMAGE DIGEST` as printed by the inspect below into repository@digest ('' when absent). */
export function previousRef(line: string): string {
  const [image = '', digest = ''] = line.trim().split(/\s+/);
  if (!/^sha256:[0-9a-f]{64}$/.test(digest) || !image) return '';
  const repository = image.includes('@') ? image.slice(0, image.indexOf('@')) : image.replace(/:[^:/]+$/, '');
  return `${repository}@${digest}`;
}

/**
 * What a rollback would go back to on each host, read without changing anything there (one
 * `docker inspect` of the kept previous container), so that verify_key can refuse an unsigned
 * older version before the rollout starts.
 */
export async function rollbackRefs(spec: DeploySpec, connect: Connector): Promise<RollbackRef[]> {
  const prev = serviceNames(spec.service).prev;
  const script = `docker inspect -f '{{.Config.Image}} {{index .Config.Labels "dev.gantry.image-digest"}}' ${shq(prev)} 2>/dev/null || true\n`;
  const gate = new Gate(spec.maxConnections);
  return Promise.all(spec.hosts.map((target) => gate.run(async (): Promise<RollbackRef> => {
    let connection: HostConnection | undefined;
    try {
      connection = (await connect(target)).connection;
      const r = await connection.exec(script, { timeoutSeconds: 30 });
      if (r.code !== 0) throw new Error(r.lost ?? `exit ${r.code}: ${r.stderr.trim()}`);
      return { host: target.label, ref: previousRef(r.stdout) };
    } catch (err) {
      throw new Error(`${target.label}: cannot read the version a rollback would restore (${errorMessage(err)})`);
    } finally {
      await connection?.close().catch(() => undefined);
    }
  })));
}

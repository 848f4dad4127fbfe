import { HostPins, blobKeyType, lookupName, sha256Fingerprint } from '../../ssh/known-hosts';

export type HostKeyPolicy = 'strict' | 'accept-new';

export interface HostKeyVerdict {
  readonly accepted: boolean;
  /** How it was accepted: a pinned key, trusted on first use under accept-new, or vouched for by a host certificate. */
  readonly how?: 'pinned' | 'accept-new' | 'certificate';
  readonly keyType: string;
  readonly fingerprint: string;
  /** The presented key as a known_hosts line, to pin it. */
  readonly knownHostsLine: string;
  /** Why it was refused: one line naming the host and both fingerprint forms. */
  readonly reason?: string;
}

export function knownHostsLine(host: string, port: number, key: Buffer): string {
  return `${lookupName(host, port)} ${blobKeyType(key) ?? 'unknown'} ${key.toString('base64')}`;
}

/** Decides whether the key a host presented may be trusted. Pure: no prompt, no file. */
export function checkHostKey(pins: HostPins, host: string, port: number, key: Buffer, policy: HostKeyPolicy): HostKeyVerdict {
  const keyType = blobKeyType(key) ?? 'unknown';
  const fingerprint = sha256Fingerprint(key);
  const line = knownHostsLine(host, port, key);
  const base = { keyType, fingerprint, knownHostsLine: line };
  const name = lookupName(host, port);
  const seen = `${keyType} ${fingerprint}`;
  const same = (e: { key?: Buffer; fingerprint: string }) => (e.key ? e.key.equals(key) : e.fingerprint === fingerprint);

  const revoked = pins.revoked.find(same);
  if (revoked) {
    return { ...base, accepted: false, reason: `host key of ${name} is revoked (known_hosts line ${revoked.line}): it presented ${seen}` };
  }
  if (pins.trusted.some(same)) return { ...base, accepted: true, how: 'pinned' };
  if (pins.trusted.length > 0) {
    const pinned = pins.trusted.map((e) => `${e.keyType ? `${e.keyType} ` : ''}${e.fingerprint} (line ${e.line})`).join(', ');
    return {
      ...base, accepted: false,
      reason: `host key of ${name} does not match the pinned key: it presented ${seen} (known_hosts: ${line}); pinned: ${pinned}`,
    };
  }
  if (policy === 'accept-new') return { ...base, accepted: true, how: 'accept-new' };
  return {
    ...base, accepted: false,
    reason: `${name} is not in known_hosts: it presented ${seen}; if that is the host's key, pin it with the line: ${line}`,
  };
}

/** Host key algorithms to offer, so a host holding several keys presents one that is pinned. */
export function hostKeyAlgorithms(pins: HostPins): string[] | undefined {
  if (pins.trusted.length === 0 || pins.trusted.some((e) => !e.keyType)) return undefined;
  const out: string[] = [];
  for (const e of pins.trusted) {
    const algs = e.keyType === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : [e.keyType as string];
    for (const a of algs) if (!out.includes(a)) out.push(a);
  }
  return out;
}

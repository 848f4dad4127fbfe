/**
 * Names gantry uses for itself on hosts and in images, and the one check that keeps users' values
 * off them: a container named like another service's parked rollback version, a label that claims
 * to be gantry's, a mount of gantry's state folder would each be taken for gantry's own object.
 * (The host steps also check gantry's labels before they start or remove a parked container.)
 */
import { inputError } from './errors';

/** The suffixes of one service's transient and parked containers (<name>-gantry-prev...). */
export const CONTAINER_SUFFIXES = ['-gantry-new', '-gantry-old', '-gantry-prev', '-gantry-drop', '-gantry-hook'] as const;

/** Proxy mode's Caddy container, its volumes and the network it shares with the app containers. */
export const PROXY_NAMES = { container: 'gantry-proxy', configVolume: 'gantry-proxy-config', dataVolume: 'gantry-proxy-data', network: 'gantry' } as const;

/** Label keys gantry writes and reads (containers, services, images, builder volumes). */
export const LABEL_PREFIXES = ['dev.gantry.', 'org.gantry.'] as const;

/** The deploy user's state folder on every host (locks, records, routes, releases' bookkeeping). */
export const STATE_FOLDER = '.gantry';

/** Why `name` (a container, service or program name) is gantry's own, or ''. */
export function reservedNameProblem(name: string): string {
  const lower = name.toLowerCase();
  const suffix = CONTAINER_SUFFIXES.find((s) => lower.endsWith(s));
  if (suffix) return `ends in '${suffix}', which gantry gives its own containers (${suffix === '-gantry-prev' ? "another service's parked rollback version" : "another service's transient ones"})`;
  if (lower === PROXY_NAMES.container || lower.startsWith(`${PROXY_NAMES.container}-`)) return `is the name of gantry's proxy container (${PROXY_NAMES.container})`;
  return '';
}

/** Refuses a container, service or program name gantry uses for itself, naming the input. */
export function checkServiceName(input: string, name: string): void {
  const problem = reservedNameProblem(name);
  if (problem) throw inputError(input, `'${name}' ${problem}`, "a name of your own that does not end in -gantry-new, -old, -prev, -drop or -hook and is not gantry-proxy");
}

/** Refuses label keys in gantry's own namespaces (an image's labels reach its containers too). */
export function checkLabelKeys(input: string, keys: readonly string[]): void {
  for (const key of keys) {
    const prefix = LABEL_PREFIXES.find((p) => key.toLowerCase().startsWith(p));
    if (prefix) throw inputError(input, `the key '${key}' is in gantry's own label namespace ${prefix}* (gantry finds its containers and images by these labels)`, `keys outside ${LABEL_PREFIXES.join('* and ')}*`);
  }
}

/** True when a host path has gantry's state folder among its parts (/home/deploy/.gantry/...). */
export function inStateFolder(hostPath: string): boolean {
  return hostPath.split('/').includes(STATE_FOLDER);
}

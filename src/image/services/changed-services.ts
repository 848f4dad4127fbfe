
/**
 * only_changed: which services a change touches. A service is touched by a path inside its
 * context or inside a local module it replaces to, or by its own Dockerfile; a change to the
 * config file touches every service (their settings may have changed).
 */

export interface ServiceSources {
  name: string;
  /** Folders relative to the repository root, forward slashes, no trailing slash ('' is the root). */
  dirs: string[];
  files: string[];
}

function inside(file: string, dir: string): boolean {
  return dir === '' || dir === '.' || file === dir || file.startsWith(`${dir}/`);
}

/** Pure: the names of the services the changed paths (relative to the repository root) touch. */
export function changedServices(changed: string[], services: ServiceSources[], configFile: string): string[] {
  const paths = changed.map((p) => p.replace(/\\/g, '/').replace(/^\.\//, '')).filter(Boolean);
  if (paths.includes(configFile)) return services.map((s) => s.name);
  return services.filter((s) => paths.some((p) => s.files.includes(p) || s.dirs.some((d) => inside(p, d)))).map((s) => s.name);
}

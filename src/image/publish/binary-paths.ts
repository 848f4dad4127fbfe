/** Names of binaries, in an image and in binaries_dir: pure, for the build, the deploy and the SBOM alike. */

/** Where a binary goes: NAME-OS-ARCH, under the service's folder when several services are built. */
export function binaryFileName(binaryName: string, os: string, arch: string, service = ''): string {
  const file = `${binaryName}-${os}-${arch}${os === 'windows' ? '.exe' : ''}`;
  return service ? `${service}/${file}` : file;
}

/** The path of the program an image runs: its entrypoint's first word, else its command's. */
export function imageProgram(config: { Entrypoint?: string[] | string | null; Cmd?: string[] | string | null }): string {
  const first = (v: string[] | string | null | undefined) => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v.split(/\s+/)[0] : undefined);
  const program = first(config.Entrypoint) || first(config.Cmd) || '';
  return program.startsWith('/') ? program : '';
}

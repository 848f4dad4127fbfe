/** What gantry needs from a go.mod: the module path and the Go version to build with. */
export interface GoMod {
  module: string;
  /** The `go` directive as written (e.g. 1.22.0), or '' when absent. */
  go: string;
  /** The `toolchain` directive without its `go` prefix (e.g. 1.22.3), or ''. */
  toolchain: string;
}

export function parseGoMod(text: string): GoMod {
  const mod: GoMod = { module: '', go: '', toolchain: '' };
  // Comments and block forms (require ( ... )) do not matter for these three directives.
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const m = /^(module|go|toolchain)\s+("?)([^"\s]+)\2\s*$/.exec(line);
    if (!m) continue;
    if (m[1] === 'module') mod.module = m[3];
    if (m[1] === 'go') mod.go = m[3];
    if (m[1] === 'toolchain') mod.toolchain = m[3].replace(/^go/, '');
  }
  return mod;
}

/**
 * The builder image tag users expect for a go.mod: the toolchain line wins over the go
 * directive, and a patch or pre-release suffix is dropped (go 1.22.0 -> 1.22, 1.21rc2 -> 1.21).
 * Returns '' when the go.mod names no version.
 */
export function goVersionFromMod(mod: GoMod): string {
  const v = mod.toolchain || mod.go;
  const m = /^(\d+)\.(\d+)/.exec(v);
  return m ? `${m[1]}.${m[2]}` : '';
}

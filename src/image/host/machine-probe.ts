import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ToolchainProbe, parseGoVersion } from './toolchain';

/**
 * The version a Go installation's VERSION file states (`go1.22.12` on its first line), for a
 * `go` that is its GOROOT's bin/go (symlinks followed); undefined when there is no such file.
 * Go's own archives and Debian's packages carry it, and it is what that go reports with
 * GOTOOLCHAIN=local: reading it spares a process (20-50 ms before the compile can start).
 */
export function versionFile(go: string): string | undefined {
  try {
    const real = fs.realpathSync(go);
    if (path.basename(real) !== 'go' || path.basename(path.dirname(real)) !== 'bin') return undefined;
    const first = fs.readFileSync(path.join(path.dirname(path.dirname(real)), 'VERSION'), 'utf8').split('\n')[0].trim();
    return parseGoVersion(`go version ${first} `);
  } catch {
    return undefined;
  }
}

/** The machine's side of toolchain discovery: files, the VERSION file and `go version`. */
export function machineProbe(env: NodeJS.ProcessEnv): ToolchainProbe {
  return {
    executable(file) {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
    version(go, extra) {
      // A toolchain switch (GOTOOLCHAIN=goX.Y.Z) runs another go than this one: only go itself can tell.
      const stated = extra.GOTOOLCHAIN === 'local' ? versionFile(go) : undefined;
      if (stated) return Promise.resolve(stated);
      return new Promise((resolve) => {
        // A GOTOOLCHAIN switch may download the toolchain first: minutes, not seconds.
        execFile(go, ['version'], { env: { ...env, ...extra }, timeout: 600_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
          const v = parseGoVersion(String(stdout));
          if (v) return resolve(v);
          resolve(new Error((String(stderr).trim().split('\n').pop() || (err ? err.message : `unexpected output '${String(stdout).trim()}'`)).slice(0, 300)));
        });
      });
    },
  };
}

import { execFile } from 'child_process';
import * as fs from 'fs';
import { ToolchainProbe, parseGoVersion } from './toolchain';

/** The machine's side of toolchain discovery: files and `go version`. */
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

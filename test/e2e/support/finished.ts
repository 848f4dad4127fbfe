import { ChildProcess } from 'child_process';

export interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

/** What a spawned process printed and its exit code (-1 when a signal ended it), once it ends. */
export function finished(child: ChildProcess): Promise<Finished> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

import { spawn } from 'child_process';
import { copyFile, stat } from 'fs/promises';
import { StringDecoder } from 'string_decoder';
import { ExecOptions, ExecResult, HostConnection } from './host-connection';

/** The host `local`: the runner's own engine (DOCKER_HOST as the runner has it), state in its $HOME. */
export class LocalConnection implements HostConnection {
  constructor(
    private readonly debug: (message: string) => void,
    /** The runner's environment, which the local engine is reached with (DOCKER_HOST, HOME). */
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  exec(script: string, opts: ExecOptions): Promise<ExecResult> {
    return new Promise((resolve) => {
      this.debug(`local: bash -s (${script.split('\n', 1)[0]})`);
      const child = spawn('bash', ['-s'], { stdio: ['pipe', 'pipe', 'pipe'], env: this.env });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let lost: string | undefined;
      const timer = opts.timeoutSeconds > 0 ? setTimeout(() => {
        lost = `timed out after ${opts.timeoutSeconds} s`;
        child.kill('SIGKILL');
      }, opts.timeoutSeconds * 1000) : undefined;
      // Streaming: chunks go on as they arrive; stop closes bash's stdout, whose next write fails.
      const decoder = new StringDecoder('utf8');
      const onStop = () => {
        lost ??= 'stopped';
        child.stdout.destroy();
      };
      opts.stop?.addEventListener('abort', onStop, { once: true });
      child.stdout.on('data', (c: Buffer) => (opts.onStdout ? opts.onStdout(decoder.write(c)) : out.push(c)));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.stdin.on('error', () => undefined);
      child.on('error', (e) => {
        lost = `cannot run bash: ${e.message}`;
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        opts.stop?.removeEventListener('abort', onStop);
        const rest = decoder.end();
        if (rest && opts.onStdout) opts.onStdout(rest);
        resolve({ code: lost ? null : code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), lost });
      });
      child.stdin.end(script + (opts.stdin ?? ''));
      if (opts.stop?.aborted) onStop();
    });
  }

  /** The local engine loads the image itself (docker load): no forward is needed on this machine. */
  execWithInput(command: string, input: NodeJS.ReadableStream, timeoutSeconds: number): Promise<ExecResult> {
    return new Promise((resolve) => {
      this.debug(`local: ${command} (stdin streamed)`);
      const child = spawn('bash', ['-c', command], { stdio: ['pipe', 'pipe', 'pipe'], env: this.env });
      let stdout = '';
      let stderr = '';
      let lost: string | undefined;
      const timer = setTimeout(() => {
        lost = `timed out after ${timeoutSeconds} s`;
        child.kill('SIGKILL');
      }, timeoutSeconds * 1000);
      child.stdout.on('data', (c: Buffer) => { if (stdout.length < 65536) stdout += c.toString('utf8'); });
      child.stderr.on('data', (c: Buffer) => { if (stderr.length < 65536) stderr += c.toString('utf8'); });
      child.stdin.on('error', () => undefined);
      child.on('error', (e) => {
        lost = `cannot run bash: ${e.message}`;
      });
      input.on('error', (e: Error) => {
        lost ??= `reading the image failed: ${e.message}`;
        child.kill('SIGKILL');
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code: lost ? null : code, stdout, stderr, lost });
      });
      input.pipe(child.stdin);
    });
  }

  async upload(localPath: string, remotePath: string): Promise<number> {
    this.debug(`local: copy ${localPath} to ${remotePath}`);
    await copyFile(localPath, remotePath);
    return (await stat(localPath)).size;
  }

  async close(): Promise<void> {
    /* nothing held */
  }
}

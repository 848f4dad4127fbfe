import { ChildProcess, spawn } from 'child_process';
import { PassThrough, Readable } from 'stream';

/**
 * The one way gantry starts a process on the machine it runs on (git, tar, ...): with the
 * environment the front end passed down (never the process's own), its command line logged at
 * debug level, its arguments passed as a list (nothing goes through a shell).
 */

export interface ProcessOptions {
  /** The environment the process gets: the front end's, passed down. */
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Written to the process's stdin, then closed. */
  input?: Buffer;
  /** Where the command line goes (the reporter's debug). */
  debug?: (message: string) => void;
}

export interface ProcessResult {
  /** The exit code (non-zero is a result here, not an error: the caller says what it means). */
  code: number;
  stdout: string;
  stderr: string;
}

function commandLine(command: string, args: string[]): string {
  return [command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/**
 * Runs a command to its end and collects its output, through @actions/exec (loaded on first
 * use). Rejects only when the command cannot be started (e.g. not installed).
 */
export async function runProcess(command: string, args: string[], opts: ProcessOptions): Promise<ProcessResult> {
  opts.debug?.(`run: ${commandLine(command, args)}${opts.cwd ? ` (in ${opts.cwd})` : ''}`);
  const { getExecOutput } = await import('@actions/exec');
  const out = await getExecOutput(command, args, { cwd: opts.cwd, env: opts.env as Record<string, string>, input: opts.input, silent: true, ignoreReturnCode: true });
  return { code: out.exitCode, stdout: out.stdout, stderr: out.stderr };
}

/**
 * Starts a command whose stdout is a stream to consume as it comes (a tar of a large folder).
 * Own code, not @actions/exec: that one hands stdout over in events without backpressure, so a
 * slow consumer would hold the whole output in memory. The stream ends with an error naming the
 * command's last stderr line when it exits non-zero.
 */
export function streamProcess(command: string, args: string[], opts: ProcessOptions): Readable {
  opts.debug?.(`run: ${commandLine(command, args)}${opts.cwd ? ` (in ${opts.cwd})` : ''} (output streamed)`);
  const out = new PassThrough();
  let child: ChildProcess;
  try {
    child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  } catch (err) {
    process.nextTick(() => out.destroy(err as Error));
    return out;
  }
  if (opts.input) child.stdin?.end(opts.input);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdout?.pipe(out, { end: false });
  child.on('error', (err) => out.destroy(err));
  child.on('close', (code) => {
    if (code === 0) out.end();
    else out.destroy(new Error(`${command} failed: ${stderr.trim().split('\n').slice(-1)[0] || `exit code ${code}`}`));
  });
  // A consumer that gives up ends the process too.
  out.on('close', () => {
    if (child.exitCode === null) child.kill();
  });
  return out;
}

/** The result of one script run on a host. code is null when the connection was lost or the step timed out. */
export interface ExecResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Why there is no exit code: "timed out after 30 s", "connection lost". */
  readonly lost?: string;
}

export interface ExecOptions {
  /** Bytes fed after the script on the same stdin (secrets); never logged. */
  readonly stdin?: string;
  /** Seconds before the run is cut; 0 means no limit (a follow, which `stop` ends). */
  readonly timeoutSeconds: number;
  /**
   * Streaming: stdout reaches onStdout as it arrives (the result's stdout stays empty) until the
   * script ends or `stop` aborts, which closes the session's stdout: the script sees its next
   * write fail and cleans up (see steps/logs.sh).
   */
  readonly onStdout?: (chunk: string) => void;
  readonly stop?: AbortSignal;
}

/**
 * One host, reachable: over SSH, or the runner itself for the host `local`.
 * exec runs `bash -s` there with the script (then opts.stdin) on its stdin: nothing in argv.
 */
export interface HostConnection {
  exec(script: string, opts: ExecOptions): Promise<ExecResult>;
  /**
   * Writes a local file to an absolute path on the host (SFTP over SSH; an exec channel where the
   * host has no SFTP, told once to `say`); resolves with the bytes written.
   */
  upload(localPath: string, remotePath: string, timeoutSeconds: number, say?: (message: string) => void): Promise<number>;
  close(): Promise<void>;
}

/** The result of one script run on a host. code is null when the connection was lost or the step timed out. */
export interface ExecResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Why there is no exit code: "timed out after 30 s", "connection lost". */
  readonly lost?: string;
  /**
   * The script never reached the host: the connection was gone before it was sent (or its
   * session could not open), so nothing of it ran there.
   */
  readonly unsent?: boolean;
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
/** A remote port forward: a port on the host's loopback whose connections reach the runner. */
export interface RemoteForward {
  /** The port bound on the host's 127.0.0.1. */
  readonly port: number;
  /** Bytes sent from the runner to the host through it so far. */
  readonly bytesSent: () => number;
  close(): Promise<void>;
}

export interface HostConnection {
  exec(script: string, opts: ExecOptions): Promise<ExecResult>;
  /**
   * SSH only: binds a port on the host's loopback (sshd's remote forward) whose connections are
   * piped to 127.0.0.1:localPort on the runner. Rejects when the host refuses forwarding.
   */
  forwardToRunner?(localPort: number): Promise<RemoteForward>;
  /** Runs `command` (one line, no user values) with `input` streamed to its stdin, e.g. docker load. */
  execWithInput?(command: string, input: NodeJS.ReadableStream, timeoutSeconds: number): Promise<ExecResult>;
  /**
   * Writes a local file to an absolute path on the host (SFTP over SSH; an exec channel where the
   * host has no SFTP, told once to `say`); resolves with the bytes written.
   */
  upload(localPath: string, remotePath: string, timeoutSeconds: number, say?: (message: string) => void): Promise<number>;
  close(): Promise<void>;
}

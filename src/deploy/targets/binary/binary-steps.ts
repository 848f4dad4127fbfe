/**
 * The binary target's host steps (src/deploy/steps/binary-*.sh), rendered from plain data (pure).
 * Values reach the shell only as shq-quoted assignments; env reaches the host only on stdin and
 * lands in the release's 0600 env file, read by the run wrapper (never sourced: no value is code).
 */
import { shq } from '../../../shell-quote';
import { AuditEntry, RemoteStep, StepValues, auditValues, step } from '../../steps/render';
import { BinarySpec } from './binary-spec';
import { EXEC_MAX_LINES, ExecRequest, ExecRun } from '../target';

const LIBS = ['lib', 'binary-lib'] as const;

function binaryStep(name: string, b: BinarySpec, values: StepValues, opts: { secrets?: string[]; by?: string } = {}): RemoteStep {
  return step(name, b.name, { ROOT: b.root, RESTART_CMD: b.restartCmd, ...values }, { ...opts, libs: LIBS });
}

/**
 * The release's run wrapper: exports each KEY=VALUE line of env beside it (with `export`, so a
 * value is data, never shell) and executes the binary with binary_args. Its folder is found
 * through `pwd -P`, so current/run loads the env of the release current points at.
 */
export function runWrapper(name: string, args: readonly string[]): string {
  return [
    '#!/bin/bash',
    '# Written by gantry: loads env (KEY=VALUE lines, not shell) and runs the binary with binary_args.',
    'd=$(cd "$(dirname "$0")" && pwd -P) || exit 1',
    'while IFS= read -r line || [ -n "$line" ]; do',
    '  case $line in [A-Za-z_]*=*) export "${line%%=*}=${line#*=}" ;; esac',
    'done <"$d/env"',
    `exec "$d/"${shq(name)}${args.map((a) => ` ${shq(a)}`).join('')}`,
  ].join('\n');
}

/** Where install_unit writes the program's unit, and its text (@CURRENT@, @APP@ filled in on the host). */
export function unitFile(b: BinarySpec): { kind: 'none' | 'supervisor' | 'systemd-user'; path: string; text: string } {
  if (!b.installUnit || b.processManager === 'none') return { kind: 'none', path: '', text: '' };
  if (b.processManager === 'supervisor') {
    const conf = b.supervisorConf;
    const dir = conf.includes('/') ? conf.slice(0, conf.lastIndexOf('/')) : '.';
    return {
      kind: 'supervisor',
      path: `${dir.replace(/^~(?=\/|$)/, '@HOME@')}/${b.name}.conf`,
      text: [
        `; Written by gantry for ${b.name}: the program runs the release current points at.`,
        `[program:${b.name}]`,
        'command=@CURRENT@/run',
        'directory=@APP@',
        'autostart=true',
        'autorestart=true',
        'startsecs=1',
        'stopasgroup=true',
        'killasgroup=true',
        'redirect_stderr=true',
        `stdout_logfile=@APP@/${b.name}.log`,
        'stdout_logfile_maxbytes=10MB',
        'stdout_logfile_backups=2',
      ].join('\n'),
    };
  }
  return {
    kind: 'systemd-user',
    path: `@HOME@/.config/systemd/user/${b.name}.service`,
    text: [
      `# Written by gantry for ${b.name}: the service runs the release current points at.`,
      '[Unit]',
      `Description=${b.name} (deployed by gantry)`,
      '',
      '[Service]',
      'ExecStart=@CURRENT@/run',
      'WorkingDirectory=@APP@',
      'Restart=always',
      'RestartSec=1',
      '',
      '[Install]',
      'WantedBy=default.target',
    ].join('\n'),
  };
}

export function binaryPreflightStep(b: BinarySpec, needsHttpClient: boolean): RemoteStep {
  return binaryStep('binary-preflight', b, { NEEDS_HTTP_CLIENT: needsHttpClient ? 1 : 0 });
}

/**
 * Under the lock: undoes what an interrupted run left. With `sha256` (a deploy: the binary it ships
 * to this host), then probes in the same session whether b.version's release holds it already
 * (have=1) or names the upload's temporary path (upload=, new_release=).
 */
export function binaryConvergeStep(b: BinarySpec, by: string, sha256 = ''): RemoteStep {
  return binaryStep('binary-converge', b, { VERSION: sha256 ? b.version : '', SHA: sha256 }, { by });
}

export function binaryStageStep(b: BinarySpec, o: { sha256: string; upload: string; newRelease: boolean; env: ReadonlyArray<readonly [string, string]> }): RemoteStep {
  const unit = unitFile(b);
  const envText = o.env.map(([k, v]) => `${k}=${v}\n`).join('');
  return binaryStep('binary-stage', b, {
    VERSION: b.version, SHA: o.sha256, UPLOAD: o.upload, NEW_RELEASE: o.newRelease ? 1 : 0, RUN_TEXT: runWrapper(b.name, b.args),
    UNIT_KIND: unit.kind, UNIT_PATH: unit.path, UNIT_TEXT: unit.text,
  }, { secrets: [envText] });
}

/** version '' switches to the previous release recorded on the host (the rollback command). */
export function binarySwitchStep(b: BinarySpec, version: string): RemoteStep {
  return binaryStep('binary-switch', b, { VERSION: version });
}

export function binaryHealthStep(b: BinarySpec, h: { cmd: string; url: string; timeoutSeconds: number; cancel?: string }): RemoteStep {
  return binaryStep('binary-health', b, { CMD: h.cmd, URL: h.url, TIMEOUT: Math.floor(h.timeoutSeconds), LOGS_CMD: b.logsCmd, CANCEL: h.cancel ?? '' });
}

export function binaryRestoreStep(b: BinarySpec, audit: AuditEntry): RemoteStep {
  return binaryStep('binary-restore', b, auditValues(audit), { by: audit.by });
}

export function binaryFinalizeStep(b: BinarySpec, audit: AuditEntry): RemoteStep {
  return binaryStep('binary-finalize', b, { KEEP: Math.max(1, Math.floor(b.keepReleases)), ...auditValues(audit) }, { by: audit.by });
}

export function binaryRetireStep(b: BinarySpec, audit: AuditEntry): RemoteStep {
  return binaryStep('binary-retire', b, auditValues(audit), { by: audit.by });
}

/** rollback_to: finds `want` (a release's name, or a commit sha of 7+ hex digits) among the releases kept on the host. */
export function binaryResolveStep(b: BinarySpec, want: string): RemoteStep {
  return binaryStep('binary-resolve', b, { WANT: want });
}

/** status: the live release, the kept ones, the previous one and the lock holder (reads only). */
export function binaryStatusStep(b: BinarySpec): RemoteStep {
  return binaryStep('binary-status', b, {});
}

/** logs: logs_cmd's output on the host, its last `tail` lines, those holding `grep` (reads only). */
/** exec: ARGS once on the host in the live release's folder, with its env (steps/binary-exec.sh). */
export function binaryExecStep(b: BinarySpec, o: ExecRequest, run: ExecRun): RemoteStep {
  return binaryStep('binary-exec', b, { ARGS: o.args, EXEC_TIMEOUT: Math.floor(o.timeoutSeconds), LOCKED: run.locked ? 1 : '', RUN_ID: run.runId, MAX_LINES: EXEC_MAX_LINES });
}

export function binaryLogsStep(b: BinarySpec, o: { logsCmd: string; tail: number; grep: string }): RemoteStep {
  return binaryStep('binary-logs', b, { LOGS_CMD: o.logsCmd, TAIL: Math.max(1, Math.floor(o.tail)), GREP: o.grep });
}

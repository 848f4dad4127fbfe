/** deploy_target binary: a run per host (BinaryHostRun) over releases under binary_root. */
import { inputError } from '../../../errors';
import { Target } from '../target';
import { BinaryDeploySpec } from '../../spec/deploy-spec';
import { prefixLogs } from '../fleet-logs';
import { BinaryHostRun } from './binary-run';
import { derivedLogsCmd } from './binary-spec';
import { binaryExecStep, binaryLogsStep, binaryStatusStep } from './binary-steps';
import { binaryHostStatus, renderBinaryStatus } from './binary-status';

export const binaryTarget: Target<BinaryDeploySpec> = {
  rollout: { kind: 'per-host', hostRun: (host, ctx) => new BinaryHostRun(host, ctx) },
  status: {
    step: (spec) => binaryStatusStep(spec.binary),
    render(service, answers) {
      const hosts = answers.map(binaryHostStatus);
      return { text: renderBinaryStatus(service, hosts), json: { service, target: 'binary', hosts } };
    },
  },
  logs: {
    /** logs_follow and logs_since mean nothing here, and the log must be readable somehow. */
    check(o, spec) {
      if (o.follow) throw inputError('logs_follow', 'is not supported with deploy_target binary', 'false (follow the log on the host with logs_cmd\'s own follow option)');
      if (o.since) {
        throw inputError('logs_since', 'means nothing for deploy_target binary (the output of logs_cmd has no times gantry can read)', 'empty; put the window into logs_cmd, e.g. journalctl --user -u api --since -10m');
      }
      if (!o.cmd && spec.binary.processManager === 'none') {
        throw inputError('logs_cmd', 'is empty and process_manager is none', "the command that prints the program's log on the host, e.g. journalctl --user -u api -n 500, or process_manager supervisor or systemd-user");
      }
    },
    /** logs_cmd, else what process_manager reads, about logs_tail lines. */
    step(spec, o) {
      const b = spec.binary;
      const logsCmd = o.cmd || derivedLogsCmd(b.processManager, b.name, b.supervisorConf, o.tail);
      return binaryLogsStep(b, { logsCmd, tail: o.tail, grep: o.grep });
    },
    lines: prefixLogs,
  },
  exec: {
    /** exec_in is the container target's (target-inputs refuses it here before this runs). */
    check: () => undefined,
    step: (spec, o, run) => binaryExecStep(spec.binary, o, run),
  },
  rollbackRefs() {
    throw inputError('verify_key', 'cannot be checked by a binary rollback (the hosts keep no signature of their older releases; each was checked when it was deployed with verify_key)', 'an empty verify_key for a binary rollback, or a deploy of the earlier binaries_dir with verify_key');
  },
};

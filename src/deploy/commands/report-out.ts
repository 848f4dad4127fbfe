/** What a rollout leaves behind: its report, masked, as text, outputs and summary, and post_deploy_cmd. */
import { Masker, Reporter } from '../../reporter';
import { LocalConnection } from '../connection/local-connection';
import { RolloutReport, deployedHosts, failedHosts, renderReportMarkdown, renderReportText, reportJson } from '../rollout/report';

/**
 * Masks secrets in the report's free text (messages, notes, container logs): outputs and the
 * summary leave gantry without passing through the reporter's masking.
 */
function maskReport(report: RolloutReport, secrets: readonly string[]): RolloutReport {
  const masker = new Masker();
  for (const s of secrets) masker.add(s);
  const m = (t: string) => masker.apply(t);
  return {
    ...report,
    stopped: report.stopped && m(report.stopped),
    hosts: report.hosts.map((h) => ({
      ...h,
      message: h.message && m(h.message),
      notes: h.notes?.map(m),
      logs: h.logs?.map(m),
    })),
  };
}

/** Writes the masked report (text, outputs, summary), runs post_deploy_cmd; returns the rollout's exit code. */
export async function publish(unmasked: RolloutReport, reporter: Reporter, secrets: readonly string[], env: NodeJS.ProcessEnv, postDeployCmd = ''): Promise<number> {
  const report = maskReport(unmasked, secrets);
  reporter.info(renderReportText(report));
  reporter.setOutput('report', reportJson(report));
  reporter.setOutput('deployed_hosts', deployedHosts(report.hosts).join(','));
  reporter.setOutput('failed_hosts', failedHosts(report.hosts).join(','));
  reporter.summary(renderReportMarkdown(report));
  if (postDeployCmd.trim()) await postDeploy(postDeployCmd, report, reporter, env);
  return report.exitCode;
}

/** post_deploy_cmd on the runner, with the outputs in its environment; a failure is a warning only. */
async function postDeploy(cmd: string, report: RolloutReport, reporter: Reporter, runnerEnv: NodeJS.ProcessEnv): Promise<void> {
  const env = {
    ...runnerEnv,
    GANTRY_EXIT_CODE: String(report.exitCode),
    GANTRY_REPORT: reportJson(report),
    GANTRY_DEPLOYED_HOSTS: deployedHosts(report.hosts).join(','),
    GANTRY_FAILED_HOSTS: failedHosts(report.hosts).join(','),
  };
  const r = await new LocalConnection((m) => reporter.debug(m), env).exec(cmd, { timeoutSeconds: 600 });
  for (const l of `${r.stdout}${r.stderr}`.split('\n').filter((x) => x.trim())) reporter.info(`post_deploy_cmd | ${l}`);
  if (r.code !== 0) reporter.warn(`post_deploy_cmd failed (${r.lost ?? `exit code ${r.code}`}); the rollout's exit code ${report.exitCode} stands`);
}

import { GitFacts } from '../../git';

/** OCI labels; `created` is the commit time so one commit gives one image config. */
export function ociLabels(git: GitFacts, goVersion: string, title: string, version: string): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': git.commitTime ? new Date(git.commitTime * 1000).toISOString().replace('.000Z', 'Z') : '',
    'org.opencontainers.image.revision': git.sha,
    'org.opencontainers.image.source': git.source,
    'org.opencontainers.image.version': version,
    'org.opencontainers.image.title': title,
    'dev.gantry.go-version': goVersion,
  };
  for (const k of Object.keys(labels)) if (!labels[k]) delete labels[k];
  return labels;
}

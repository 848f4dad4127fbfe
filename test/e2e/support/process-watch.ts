import * as fs from 'fs';

/** One look at every process's command line on this machine. */
export interface ProcessSample {
  /** How many processes were read. */
  processes: number;
  /** Command lines (arguments joined by spaces) of the processes whose argv holds the needle. */
  hits: string[];
  /** Command lines that hold `alsoFind` (to show the look saw what it was meant to see). */
  found: string[];
}

/** Reads /proc/PID/cmdline of every process (those that end meanwhile are skipped). */
export function sampleArgv(needle: string, alsoFind = ''): ProcessSample {
  const sample: ProcessSample = { processes: 0, hits: [], found: [] };
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let cmdline: string;
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      continue;
    }
    sample.processes++;
    if (cmdline.includes(needle)) sample.hits.push(`${pid}: ${cmdline}`);
    if (alsoFind && cmdline.includes(alsoFind)) sample.found.push(`${pid}: ${cmdline}`);
  }
  return sample;
}

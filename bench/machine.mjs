// The machine a benchmark ran on (CPU, memory, OS, Node, Chromium, load),
// recorded with the results and printed as the first line of the tables.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export const loadAverage = () => loadavg().map((x) => +x.toFixed(2));

export function machine(chromium) {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
    os: /PRETTY_NAME="?([^"\n]*)/.exec(release)?.[1] ?? process.platform,
    node: process.version,
    chromium,
    loadAverage: loadAverage(),
    nproc: run('nproc', []),
    lscpu: run('sh', ['-c', 'lscpu | head -n 14']),
    free: run('free', ['-h']),
  };
}

/** The first line of the tables. */
export const machineLine = (m, loadAverageEnd) =>
  `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM; ${m.os}; Node ${m.node}; ${m.chromium} (headless); ` +
  `load average ${m.loadAverage.join(' ')} at the start, ${loadAverageEnd?.join(' ') ?? 'n/a'} at the end.`;

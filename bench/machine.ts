import { cpus, totalmem } from 'node:os';

/** One line naming the machine a figure was measured on. */
export function machineLine(): string {
  const cores = cpus();
  return `${cores[0]?.model.trim() ?? 'unknown CPU'} × ${cores.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

/** The median of `runs` timings of `work`, in milliseconds. */
export function medianMs(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function utf8Megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}

/** The least CPU time (user + system, ms) of `runs` runs of `work`: steadier than wall time on a shared machine. */
export function leastCpuMs(runs: number, work: () => unknown): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/** The language a CPU bench runs on: `--lang kk|ru|az`, Russian when not given. */
export function benchLanguage(): 'kk' | 'ru' | 'az' {
  const at = process.argv.indexOf('--lang');
  return (at === -1 ? 'ru' : process.argv[at + 1]) as 'kk' | 'ru' | 'az';
}

/** CPU time of this process (not wall time, which other processes on the machine disturb), in ms. */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least of three runs: the cost of the input, not of a collection that happened during it. */
export function leastCpuMsOf3(run: () => void): number {
  return Math.min(cpuMs(run), cpuMs(run), cpuMs(run));
}

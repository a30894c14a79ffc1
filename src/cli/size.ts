import { InvalidArgumentError } from 'commander';

const UNITS: Record<string, number> = { B: 1, KB: 2 ** 10, K: 2 ** 10, MB: 2 ** 20, M: 2 ** 20, GB: 2 ** 30, G: 2 ** 30 };

/** `--max-size`: a number of megabytes, or a number with a unit (B, KB, MB, GB; powers of 1024). */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/iu.exec(value.trim());
  const factor = UNITS[(match?.[2] ?? '').toUpperCase() || 'MB'];
  if (!match || factor === undefined || Number(match[1]) <= 0) throw new InvalidArgumentError('expected a size such as 10MB, 500KB or 2GB');
  return Math.floor(Number(match[1]) * factor);
}

/** `--jobs`: a number of worker threads, 0 or more. */
export function parseJobs(value: string): number {
  if (!/^\d+$/u.test(value.trim()) || Number(value) > 64) throw new InvalidArgumentError('expected a number of worker threads from 0 to 64');
  return Number(value);
}

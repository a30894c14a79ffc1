import { performance } from 'node:perf_hooks';

/** Gives the event loop back: resolves in a later task, after the I/O and timers waiting now. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => { setImmediate(resolve); });
}

/** Long work cut into slices of about `sliceMs`, so that the event loop's other tasks run between them. */
export class TimeSlices {
  private started = performance.now();

  constructor(private readonly sliceMs: number) {}

  /** Whether this slice has run its time. */
  due(): boolean {
    return performance.now() - this.started >= this.sliceMs;
  }

  /** Gives the loop back and starts a new slice. */
  async pause(): Promise<void> {
    await nextTask();
    this.started = performance.now();
  }

  /** Gives the loop back if this slice has run its time. */
  async pauseIfDue(): Promise<void> {
    if (this.due()) await this.pause();
  }
}

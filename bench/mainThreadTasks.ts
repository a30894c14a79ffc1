// The main thread's tasks, as the extension host would have them: a probe runs between tasks
// (a 1 ms timer) and charges the time since the previous probe to the task(s) in between.
// On a loaded machine a thread that is ready to run waits for a core, so wall time between probes
// says more about the other processes than about our code: where Linux tells this thread's own
// CPU time (/proc/thread-self/sched, microseconds), each task is measured in that; the wall-clock
// block is printed beside it.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const SCHED_FILE = '/proc/thread-self/sched';

/** This thread's CPU time in ms, or undefined where the kernel does not tell it. */
function threadCpuMs(): number | undefined {
  try {
    const match = /se\.sum_exec_runtime\s*:\s*([\d.]+)/u.exec(readFileSync(SCHED_FILE, 'latin1'));
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

export interface LongestTask { cpuMs: number | undefined; wallMs: number; phase: string }

export class MainThreadTasks {
  private timer: NodeJS.Timeout | undefined;
  private lastWall = 0;
  private lastCpu: number | undefined;
  private phaseName = '';
  readonly measuresCpu = threadCpuMs() !== undefined;
  /** The longest task by this thread's CPU time (by wall time where CPU time is not told), and the phase it fell in. */
  longest: LongestTask = { cpuMs: 0, wallMs: 0, phase: '' };
  longestWallMs = 0;
  /** The longest task of each phase. */
  readonly byPhase = new Map<string, number>();

  start(phase: string): void {
    this.phaseName = phase;
    this.lastWall = performance.now();
    this.lastCpu = threadCpuMs();
    const probe = (): void => {
      this.charge();
      this.timer = setTimeout(probe, 1);
    };
    this.timer = setTimeout(probe, 1);
  }

  /** Tasks from now on belong to `phase` (the task before the switch is charged to the previous one). */
  phase(name: string): void {
    this.charge();
    this.phaseName = name;
  }

  private charge(): void {
    const wall = performance.now();
    const cpu = threadCpuMs();
    const wallMs = wall - this.lastWall;
    const cpuMs = cpu === undefined || this.lastCpu === undefined ? undefined : cpu - this.lastCpu;
    const measured = cpuMs ?? wallMs;
    this.longestWallMs = Math.max(this.longestWallMs, wallMs);
    if (measured > (this.longest.cpuMs ?? this.longest.wallMs)) this.longest = { cpuMs, wallMs, phase: this.phaseName };
    this.byPhase.set(this.phaseName, Math.max(this.byPhase.get(this.phaseName) ?? 0, measured));
    this.lastWall = wall;
    this.lastCpu = cpu;
  }

  stop(): void {
    this.charge();
    clearTimeout(this.timer);
  }
}

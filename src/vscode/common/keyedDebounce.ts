/** Runs an action once a key has been quiet for `delayMs` (one pending action per key, such as a document). */
export class KeyedDebounce {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly delayMs: number) {}

  schedule(key: string, action: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      action();
    }, this.delayMs));
  }

  /** Whether an action is waiting for its key to be quiet. */
  get pending(): boolean {
    return this.timers.size > 0;
  }

  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

// SPDX-License-Identifier: EUPL-1.2
// Counts events per key over the last `windowMs`, in memory with a bounded number of keys: for
// limits that only need to hold per instance (refused attempts, failed sign-ins).
export class SlidingWindow {
  private readonly events = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(windowMs: number, now: () => number = Date.now, maxKeys = 100_000) {
    this.windowMs = windowMs;
    this.now = now;
    this.maxKeys = maxKeys;
  }

  /** Events of the key still inside the window, oldest first. */
  recent(key: string): number[] {
    const now = this.now();
    return (this.events.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }

  count(key: string): number {
    return this.recent(key).length;
  }

  hit(key: string): number {
    const recent = [...this.recent(key), this.now()];
    this.events.delete(key);
    // Oldest keys go first when too many addresses or names are being tried at once.
    if (this.events.size >= this.maxKeys) this.events.delete(this.events.keys().next().value!);
    this.events.set(key, recent);
    return recent.length;
  }

  clear(key: string): void {
    this.events.delete(key);
  }
}

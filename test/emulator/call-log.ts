// Counts every service call the code under test makes, by "Class.method", so tests can assert call budgets.

export class CallLog {
  private readonly counts = new Map<string, number>();
  /** Consulted after each call is counted: throws to refuse it, as Apps Script refuses a call it does not permit. */
  guard: ((name: string) => void) | null = null;

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.guard?.(name);
  }

  /** Calls of one "Class.method". */
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** All calls, or those whose class is in `classes` (e.g. ["Spreadsheet", "Sheet", "Range"]). */
  total(classes?: readonly string[]): number {
    let sum = 0;
    for (const [name, n] of this.counts) {
      if (!classes || classes.includes(name.slice(0, name.indexOf(".")))) sum += n;
    }
    return sum;
  }

  /** A copy of the counts, sorted by name. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

/**
 * Wraps an emulator object so each method call from outside is recorded as "className.method".
 * Internal code keeps the unwrapped object, so the emulator's own work is never counted. `adopt` turns results into
 * the caller's own values (its realm's arrays and Dates).
 */
export function counted<T extends object>(
  target: T,
  className: string,
  log: CallLog,
  adopt: (value: unknown) => unknown = (value) => value,
): T {
  const proxy: T = new Proxy(target, {
    get(obj, key) {
      const value = Reflect.get(obj, key, obj);
      if (typeof value !== "function" || typeof key !== "string" || key === "constructor") return value;
      return (...args: unknown[]) => {
        log.record(`${className}.${key}`);
        const result = Reflect.apply(value, obj, args);
        // Builders return `this` for chaining: hand back the counted wrapper so chained calls count too.
        return result === obj ? proxy : adopt(result);
      };
    },
  });
  return proxy;
}

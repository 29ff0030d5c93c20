// LockService: document, script and user locks shared by every execution loaded on the same emulated document.

/** Which lock: one per document, one per script, one per user. */
export type LockScope = "document" | "script" | "user";

/** An execution (one globals() context); locks are owned by executions. */
export type ExecutionId = object;

/** Message of waitLock when another execution holds the lock (tryLock returns false instead). */
export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

function lockKey(scope: LockScope, userEmail: string): string {
  return scope === "user" ? `user:${userEmail}` : scope;
}

/**
 * Who holds which lock; one per emulated document, shared across executions.
 * There is no clock: waiting for a held lock fails at once instead of after the timeout.
 */
export class LockState {
  private readonly holders = new Map<string, ExecutionId>();

  holder(scope: LockScope, userEmail = ""): ExecutionId | undefined {
    return this.holders.get(lockKey(scope, userEmail));
  }

  isHeld(scope: LockScope, userEmail = ""): boolean {
    return this.holders.has(lockKey(scope, userEmail));
  }

  /** True when `owner` now holds the lock (also when it already did). */
  tryAcquire(scope: LockScope, userEmail: string, owner: ExecutionId): boolean {
    const key = lockKey(scope, userEmail);
    const current = this.holders.get(key);
    if (current !== undefined && current !== owner) return false;
    this.holders.set(key, owner);
    return true;
  }

  release(scope: LockScope, userEmail: string, owner: ExecutionId): void {
    const key = lockKey(scope, userEmail);
    if (this.holders.get(key) === owner) this.holders.delete(key);
  }

  /** Ends an execution: Apps Script releases its locks when the script terminates. */
  releaseAll(owner: ExecutionId): void {
    for (const [key, holder] of this.holders) if (holder === owner) this.holders.delete(key);
  }

  /** Test helper: another (invisible) execution takes the lock. Returns a function that releases it. */
  holdElsewhere(scope: LockScope, userEmail = ""): () => void {
    const other: ExecutionId = {};
    if (!this.tryAcquire(scope, userEmail, other)) throw new Error(`The ${scope} lock is already held`);
    return () => this.release(scope, userEmail, other);
  }
}

// https://developers.google.com/apps-script/reference/lock/lock
// Ownership is per execution (two Lock objects of one scope in one execution do not block each other:
// UNVERIFIED against Google); hasLock() is per Lock object, as the reference describes.
export class LockImpl implements GoogleAppsScript.Lock.Lock {
  private acquired = false;

  constructor(
    private readonly state: LockState,
    private readonly scope: LockScope,
    private readonly userEmail: string,
    private readonly execution: ExecutionId,
  ) {}

  // https://developers.google.com/apps-script/reference/lock/lock#hasLock()
  hasLock(): boolean {
    return this.acquired && this.state.holder(this.scope, this.userEmail) === this.execution;
  }

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
  releaseLock(): void {
    if (this.acquired) this.state.release(this.scope, this.userEmail, this.execution);
    this.acquired = false;
  }

  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  tryLock(timeoutInMillis: number): boolean {
    checkTimeout(timeoutInMillis);
    this.acquired = this.state.tryAcquire(this.scope, this.userEmail, this.execution);
    return this.acquired;
  }

  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
}

function checkTimeout(ms: number): void {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
    throw new Error(`Invalid argument: timeoutInMillis (${String(ms)})`);
  }
}

// https://developers.google.com/apps-script/reference/lock/lock-service
export class LockServiceImpl implements GoogleAppsScript.Lock.LockService {
  constructor(
    private readonly state: LockState,
    private readonly execution: ExecutionId,
    private readonly userEmail: string,
    private readonly wrap: (lock: LockImpl) => GoogleAppsScript.Lock.Lock = (lock) => lock,
  ) {}

  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
  // The emulated script is always bound to (or an add-on of) the document, so this never returns null.
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this.wrap(new LockImpl(this.state, "document", "", this.execution));
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.wrap(new LockImpl(this.state, "script", "", this.execution));
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.wrap(new LockImpl(this.state, "user", this.userEmail, this.execution));
  }
}

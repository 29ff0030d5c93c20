// Tests of LockService across two executions sharing one emulated document.
import { describe, expect, it } from "vitest";
import { CallLog } from "./call-log";
import { createServiceState, createServices } from "./services";
import { LOCK_TIMEOUT_MESSAGE } from "./services/lock";

function twoExecutions() {
  const state = createServiceState();
  const log = new CallLog();
  return { state, log, a: createServices(state, log), b: createServices(state, log) };
}

describe("LockService", () => {
  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  it("gives the lock to one execution; the other's tryLock fails", () => {
    const { a, b, log } = twoExecutions();
    const lockA = a.LockService.getDocumentLock();
    expect(lockA.tryLock(1000)).toBe(true);
    const lockB = b.LockService.getDocumentLock();
    expect(lockB.tryLock(30_000)).toBe(false);
    expect(lockB.hasLock()).toBe(false);
    lockA.releaseLock();
    expect(lockB.tryLock(0)).toBe(true);
    expect(log.count("Lock.tryLock")).toBe(3);
    expect(log.count("LockService.getDocumentLock")).toBe(2);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  it("waitLock throws Google's timeout message while another execution holds the lock", () => {
    const { a, b } = twoExecutions();
    a.LockService.getScriptLock().waitLock(10_000);
    expect(() => b.LockService.getScriptLock().waitLock(10_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe("Lock timeout: another process was holding the lock for too long.");
  });

  // https://developers.google.com/apps-script/reference/lock/lock#hasLock()
  it("hasLock is false before tryLock and after releaseLock", () => {
    const { a } = twoExecutions();
    const lock = a.LockService.getUserLock();
    expect(lock.hasLock()).toBe(false);
    lock.tryLock(100);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
  it("releaseLock without the lock has no effect on the holder", () => {
    const { a, b } = twoExecutions();
    const lockA = a.LockService.getDocumentLock();
    lockA.tryLock(0);
    b.LockService.getDocumentLock().releaseLock();
    expect(lockA.hasLock()).toBe(true);
  });

  it("document, script and user locks are independent", () => {
    const { a, b } = twoExecutions();
    expect(a.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(b.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(b.LockService.getUserLock().tryLock(0)).toBe(true);
  });

  it("user locks are per user", () => {
    const state = createServiceState({ userEmail: "anna@example.com" });
    const log = new CallLog();
    const anna = createServices(state, log);
    const bertil = createServices({ ...state, userEmail: "bertil@example.com" }, log);
    expect(anna.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(bertil.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(createServices(state, log).LockService.getUserLock().tryLock(0)).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
  // "Locks are released automatically when the script terminates."
  it("ending an execution releases its locks", () => {
    const { a, b } = twoExecutions();
    a.LockService.getDocumentLock().waitLock(1000);
    a.endExecution();
    expect(b.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it("a test can make an invisible execution hold a lock", () => {
    const { state, a } = twoExecutions();
    const release = state.lockState.holdElsewhere("document");
    expect(a.LockService.getDocumentLock().tryLock(5000)).toBe(false);
    release();
    expect(a.LockService.getDocumentLock().tryLock(5000)).toBe(true);
  });
});

// Tests of PropertiesService and CacheService.
import { describe, expect, it } from "vitest";
import { CallLog } from "./call-log";
import { createServiceState, createServices } from "./services";

function setup(userEmail = "anna@example.com") {
  const state = createServiceState({ userEmail });
  const log = new CallLog();
  return { state, log, services: createServices(state, log) };
}

describe("PropertiesService", () => {
  // https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
  it("stores strings and returns null for missing keys", () => {
    const { log, services } = setup();
    const props = services.PropertiesService.getDocumentProperties();
    props.setProperty("year", "2025").setProperty("n", 5 as unknown as string);
    expect(props.getProperty("year")).toBe("2025");
    expect(props.getProperty("n")).toBe("5");
    expect(props.getProperty("missing")).toBeNull();
    expect(log.count("Properties.setProperty")).toBe(2);
  });

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  it("sets many, optionally deleting all others, and lists keys", () => {
    const { services } = setup();
    const props = services.PropertiesService.getScriptProperties();
    props.setProperties({ a: "1", b: "2" });
    props.setProperties({ c: "3" });
    expect(props.getKeys().sort()).toEqual(["a", "b", "c"]);
    props.setProperties({ d: "4" }, true);
    expect(props.getProperties()).toEqual({ d: "4" });
    props.deleteProperty("d");
    props.setProperty("e", "5").deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it("document properties outlive the execution; user properties are per user", () => {
    const { state, services } = setup();
    services.PropertiesService.getDocumentProperties().setProperty("k", "v");
    services.PropertiesService.getUserProperties().setProperty("mine", "anna");
    const log = new CallLog();
    const next = createServices(state, log);
    expect(next.PropertiesService.getDocumentProperties().getProperty("k")).toBe("v");
    expect(next.PropertiesService.getUserProperties().getProperty("mine")).toBe("anna");
    const other = createServices({ ...state, userEmail: "bertil@example.com" }, log);
    expect(other.PropertiesService.getUserProperties().getProperty("mine")).toBeNull();
  });

  // https://developers.google.com/apps-script/guides/services/quotas#current_limitations
  it("refuses a value over 9 KB", () => {
    const { services } = setup();
    const props = services.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(props.getProperty("big")).toBeNull();
  });
});

describe("CacheService", () => {
  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)
  it("puts, gets, removes; missing keys are null", () => {
    const { log, services } = setup();
    const cache = services.CacheService.getScriptCache();
    cache.put("a", "1");
    expect(cache.get("a")).toBe("1");
    cache.remove("a");
    expect(cache.get("a")).toBeNull();
    expect(log.count("Cache.get")).toBe(2);
  });

  // https://developers.google.com/apps-script/reference/cache/cache#putAll(Object,Integer)
  // https://developers.google.com/apps-script/reference/cache/cache#getAll(String)
  it("putAll/getAll return only present keys", () => {
    const { services } = setup();
    const cache = services.CacheService.getDocumentCache();
    cache?.putAll({ a: "1", b: "2" });
    expect(cache?.getAll(["a", "b", "c"])).toEqual({ a: "1", b: "2" });
    cache?.removeAll(["a"]);
    expect(cache?.getAll(["a", "b"])).toEqual({ b: "2" });
  });

  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
  // Default expiration 600 s; maximum 21600 s.
  it("expires entries on the emulator's manual clock", () => {
    const { state, services } = setup();
    const cache = services.CacheService.getUserCache();
    cache.put("short", "x", 60);
    cache.put("default", "y");
    state.cache.advance(61);
    expect(cache.get("short")).toBeNull();
    expect(cache.get("default")).toBe("y");
    state.cache.advance(540);
    expect(cache.get("default")).toBeNull();
    expect(() => cache.put("k", "v", 21_601)).toThrow();
  });

  it("refuses keys over 250 characters", () => {
    const { services } = setup();
    expect(() => services.CacheService.getScriptCache().put("k".repeat(251), "v")).toThrow();
  });
});

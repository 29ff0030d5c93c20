// Tests of Utilities (formatDate and friends), Session and Logger.
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { CallLog } from "./call-log";
import { createServiceState, createServices } from "./services";
import type { InventedMethods } from "./services/raw";
import { DigestAlgorithm, UtilitiesImpl } from "./services/utilities";

const utilities = new UtilitiesImpl();
const format = (date: Date, zone: string, pattern: string) => utilities.formatDate(date, zone, pattern);
/** Midnight 1 May 2024 in Stockholm (CEST, UTC+2). */
const MAY_FIRST = new Date("2024-04-30T22:00:00Z");

describe("Utilities.formatDate", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it("implements only Google's methods", () => {
    expectTypeOf<
      InventedMethods<UtilitiesImpl, GoogleAppsScript.Utilities.Utilities>
    >().toEqualTypeOf<never>();
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  it("formats 2024-05-01 in Europe/Stockholm whatever the process time zone", () => {
    for (const tz of ["Europe/Stockholm", "America/Los_Angeles", "Asia/Tokyo", "UTC"]) {
      process.env.TZ = tz;
      expect(format(MAY_FIRST, "Europe/Stockholm", "yyyy-MM-dd HH:mm:ss")).toBe("2024-05-01 00:00:00");
      expect(format(MAY_FIRST, "UTC", "yyyy-MM-dd HH:mm")).toBe("2024-04-30 22:00");
    }
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
  it("renders SimpleDateFormat letters with English names", () => {
    expect(format(MAY_FIRST, "Europe/Stockholm", "EEE d MMM yyyy")).toBe("Wed 1 May 2024");
    expect(format(MAY_FIRST, "Europe/Stockholm", "EEEE, MMMM d, yy")).toBe("Wednesday, May 1, 24");
    expect(format(MAY_FIRST, "Europe/Stockholm", "M/d H:m a h K k")).toBe("5/1 0:0 AM 12 0 24");
    expect(format(new Date("2024-05-01T13:05:09.007Z"), "UTC", "hh:mm:ss.SSS a")).toBe("01:05:09.007 PM");
    expect(format(MAY_FIRST, "Europe/Stockholm", "D u G")).toBe("122 3 AD");
  });

  it("writes zones as Java does: z, Z, X, XX, XXX", () => {
    expect(format(MAY_FIRST, "Europe/Stockholm", "z Z X XX XXX")).toBe("CEST +0200 +02 +0200 +02:00");
    expect(format(new Date("2024-01-15T12:00:00Z"), "Europe/Stockholm", "HH z Z")).toBe("13 CET +0100");
    expect(format(MAY_FIRST, "UTC", "Z X")).toBe("+0000 Z");
    expect(format(MAY_FIRST, "America/New_York", "HH z XXX")).toBe("18 EDT -04:00");
    expect(format(MAY_FIRST, "GMT+2", "HH:mm Z")).toBe("00:00 +0200");
  });

  it("handles quoted text", () => {
    expect(format(MAY_FIRST, "UTC", "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe("2024-04-30T22:00:00Z");
    expect(format(MAY_FIRST, "UTC", "'kl.' HH 'o''clock' ''")).toBe("kl. 22 o'clock '");
  });

  it("numbers weeks by Java's default US rules, not ISO", () => {
    expect(format(new Date("2024-12-29T12:00:00Z"), "UTC", "w YYYY")).toBe("1 2025");
    expect(format(new Date("2024-01-01T12:00:00Z"), "UTC", "ww")).toBe("01");
    expect(format(MAY_FIRST, "Europe/Stockholm", "w W F")).toBe("18 1 1");
  });

  it("rejects bad arguments", () => {
    expect(() => format(MAY_FIRST, "UTC", "yyyy q")).toThrow("Illegal pattern character 'q'");
    expect(() => format("2024-05-01" as unknown as Date, "UTC", "yyyy")).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(() => format(MAY_FIRST, "Not/AZone", "yyyy")).toThrow(/unknown time zone/);
  });
});

describe("Utilities", () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String)
  it("base64 round-trips with Java's signed bytes", () => {
    expect(utilities.base64Encode("Hej å")).toBe(Buffer.from("Hej å").toString("base64"));
    const bytes = utilities.base64Decode(utilities.base64Encode("å"));
    expect(bytes).toEqual([-61, -91]);
    expect(utilities.base64Encode(bytes)).toBe(utilities.base64Encode("å"));
    expect(utilities.base64EncodeWebSafe([-5, -1])).toBe("-_8=");
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
  it("computes digests as signed bytes", () => {
    const md5 = utilities.computeDigest(DigestAlgorithm.MD5, "abc");
    expect(md5.slice(0, 3)).toEqual([-112, 1, 80]); // 900150983cd24fb0…
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  it("sleep returns at once and is counted", () => {
    const log = new CallLog();
    const services = createServices(createServiceState(), log);
    services.Utilities.sleep(1000);
    expect(log.count("Utilities.sleep")).toBe(1);
    expect(services.Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
  it("formatString fills %s, %d and %.2f", () => {
    expect(utilities.formatString("%s har %d medlemmar (%.1f %%)", "Krets", 12.7, 1.26)).toBe(
      "Krets har 12 medlemmar (1.3 %)",
    );
  });
});

describe("Session", () => {
  // https://developers.google.com/apps-script/reference/base/session
  it("reports the configured user, locale and time zone", () => {
    const log = new CallLog();
    const state = createServiceState({
      userEmail: "anna@example.com",
      locale: "sv",
      timeZone: "Europe/Stockholm",
    });
    const { Session } = createServices(state, log);
    expect(Session.getActiveUser().getEmail()).toBe("anna@example.com");
    expect(Session.getEffectiveUser().getEmail()).toBe("anna@example.com");
    expect(Session.getActiveUserLocale()).toBe("sv");
    expect(Session.getScriptTimeZone()).toBe("Europe/Stockholm");
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
    expect(log.count("Session.getActiveUser")).toBe(1);
    expect(log.count("User.getEmail")).toBe(2);
  });

  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  it("gives an empty email when Google withholds it", () => {
    const { Session } = createServices(createServiceState({ userEmail: "" }), new CallLog());
    expect(Session.getActiveUser().getEmail()).toBe("");
  });
});

describe("Logger", () => {
  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
  it("records lines, formats %s, and clears", () => {
    const state = createServiceState();
    const { Logger } = createServices(state, new CallLog());
    Logger.log("Hej");
    Logger.log("%s: %s", "år", 2025);
    Logger.log({ a: 1 });
    expect(state.logLines).toEqual(["Hej", "år: 2025", '{"a":1}']);
    expect(Logger.getLog()).toBe('Hej\når: 2025\n{"a":1}');
    Logger.clear();
    expect(state.logLines).toEqual([]);
  });
});

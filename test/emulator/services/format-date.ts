// Utilities.formatDate: Java SimpleDateFormat patterns rendered in any IANA time zone via Intl (English names).
import { wallClockAsUtc } from "../wall-clock";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Java's short names for zones Intl's en-US only names in long form. */
const SHORT_ZONE_NAMES: Record<string, string> = {
  "Central European Standard Time": "CET",
  "Central European Summer Time": "CEST",
  "Eastern European Standard Time": "EET",
  "Eastern European Summer Time": "EEST",
  "Western European Standard Time": "WET",
  "Western European Summer Time": "WEST",
  "Greenwich Mean Time": "GMT",
  "British Summer Time": "BST",
  "Coordinated Universal Time": "UTC",
};

/** A moment as seen on a wall clock in one zone. */
interface Zoned {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  offsetMinutes: number;
  zone: string | null;
}

/** Java's custom zone IDs "GMT", "UTC", "GMT+2", "GMT-03:30": fixed offsets in minutes, else null. */
function fixedOffset(timeZone: string): number | null {
  const match = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(timeZone);
  if (!match) return null;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

function zoned(date: Date, timeZone: string): Zoned {
  const time = date.getTime();
  const millisecond = ((time % 1000) + 1000) % 1000;
  const fixed = fixedOffset(timeZone);
  let offsetMinutes: number;
  let zone: string | null = null;
  if (fixed !== null) {
    offsetMinutes = fixed;
  } else {
    let asUtc: number;
    try {
      asUtc = wallClockAsUtc(date, timeZone);
    } catch {
      // Apps Script (Java) would silently fall back to GMT; the emulator refuses so the bug shows.
      throw new Error(`Utilities.formatDate: unknown time zone "${timeZone}"`);
    }
    offsetMinutes = Math.round((asUtc - (time - millisecond)) / 60_000);
    zone = timeZone;
  }
  const local = new Date(time + offsetMinutes * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond,
    weekday: local.getUTCDay(),
    offsetMinutes,
    zone,
  };
}

function pad(n: number, width: number): string {
  const text = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${text}` : text;
}

function dayOfYear(z: Zoned): number {
  return (Date.UTC(z.year, z.month - 1, z.day) - Date.UTC(z.year, 0, 1)) / 86_400_000 + 1;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Java's default (en-US) week rules: weeks start on Sunday, week 1 is the one holding 1 January. */
function usWeek(z: Zoned): { week: number; weekYear: number } {
  const nextJan1 = weekdayOf(z.year + 1, 1, 1);
  const daysToNextYear = (Date.UTC(z.year + 1, 0, 1) - Date.UTC(z.year, z.month - 1, z.day)) / 86_400_000;
  if (nextJan1 !== 0 && daysToNextYear <= nextJan1) return { week: 1, weekYear: z.year + 1 };
  return { week: Math.floor((dayOfYear(z) - 1 + weekdayOf(z.year, 1, 1)) / 7) + 1, weekYear: z.year };
}

function offsetText(minutes: number, colon: boolean, withMinutes = true): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hours = pad(Math.floor(abs / 60), 2);
  if (!withMinutes) return `${sign}${hours}`;
  return `${sign}${hours}${colon ? ":" : ""}${pad(abs % 60, 2)}`;
}

function zoneName(date: Date, z: Zoned, long: boolean): string {
  const gmt = `GMT${offsetText(z.offsetMinutes, true)}`;
  if (z.zone === null) return z.offsetMinutes === 0 ? "GMT" : gmt;
  const name = (style: "long" | "short") =>
    new Intl.DateTimeFormat("en-US", { timeZone: z.zone ?? "UTC", timeZoneName: style })
      .formatToParts(date)
      .find((p) => p.type === "timeZoneName")?.value ?? gmt;
  const longName = name("long");
  if (long) return longName;
  const short = SHORT_ZONE_NAMES[longName] ?? name("short");
  return /^GMT[+-]/.test(short) ? gmt : short;
}

function field(letter: string, count: number, date: Date, z: Zoned): string {
  switch (letter) {
    case "G":
      return z.year > 0 ? "AD" : "BC";
    case "y":
      return count === 2 ? pad(z.year % 100, 2) : pad(z.year, count);
    case "Y": {
      const { weekYear } = usWeek(z);
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case "M":
    case "L":
      if (count >= 4) return MONTHS[z.month - 1];
      if (count === 3) return MONTHS[z.month - 1].slice(0, 3);
      return pad(z.month, count);
    case "w":
      return pad(usWeek(z).week, count);
    case "W":
      return pad(Math.floor((z.day - 1 + weekdayOf(z.year, z.month, 1)) / 7) + 1, count);
    case "D":
      return pad(dayOfYear(z), count);
    case "d":
      return pad(z.day, count);
    case "F":
      return pad(Math.floor((z.day - 1) / 7) + 1, count);
    case "E":
      return count >= 4 ? WEEKDAYS[z.weekday] : WEEKDAYS[z.weekday].slice(0, 3);
    case "u":
      return pad(z.weekday === 0 ? 7 : z.weekday, count);
    case "a":
      return z.hour < 12 ? "AM" : "PM";
    case "H":
      return pad(z.hour, count);
    case "k":
      return pad(z.hour === 0 ? 24 : z.hour, count);
    case "K":
      return pad(z.hour % 12, count);
    case "h":
      return pad(z.hour % 12 === 0 ? 12 : z.hour % 12, count);
    case "m":
      return pad(z.minute, count);
    case "s":
      return pad(z.second, count);
    case "S":
      return pad(z.millisecond, count);
    case "z":
      return zoneName(date, z, count >= 4);
    case "Z":
      return offsetText(z.offsetMinutes, false);
    case "X":
      if (z.offsetMinutes === 0) return "Z";
      return offsetText(z.offsetMinutes, count >= 3, count >= 2);
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/**
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * Pattern letters as java.text.SimpleDateFormat (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html),
 * English names, US week rules for w/W/Y. `timeZone` is an IANA id or "GMT"/"UTC"/"GMT+hh:mm".
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const z = zoned(date, timeZone);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") {
          break;
        } else {
          out += pattern[j++];
        }
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in date pattern: ${pattern}`);
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out += field(c, j - i, date, z);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

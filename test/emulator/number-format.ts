// Display text of a cell value under a Sheets number format ("0", "0.0%", "#,##0", "yyyy-mm-dd", "d mmm yyyy", …).
import { serialToDate } from "./cell-input";
import { type WallClock, wallClock } from "./wall-clock";

/** BCP 47 tag for a Sheets locale: sv_SE → sv-SE. */
export function bcp47(locale: string): string {
  return locale.replace("_", "-");
}

/** True when the format shows a date or time (y, d, or m next to h/s), outside quoted text. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const code = format.replace(/"[^"]*"|\\./g, "");
  return /[yd]/i.test(code) || /h|s/i.test(code) || /mmm/i.test(code);
}

function formatNumber(value: number, format: string, locale: string): string {
  const section = format.split(";")[value < 0 && format.includes(";") ? 1 : 0] ?? format;
  const percent = section.includes("%");
  const n = percent ? value * 100 : value;
  const decimals = /\.(0+|#+)/.exec(section)?.[1].length ?? 0;
  const text = new Intl.NumberFormat(bcp47(locale), {
    minimumFractionDigits: section.includes(".0") ? decimals : 0,
    maximumFractionDigits: decimals,
    useGrouping: section.includes(","),
  }).format(value < 0 && format.includes(";") ? Math.abs(n) : n);
  const literal = (s: string): string => s.replace(/[#0.,%]+/, "\u0000").replace(/"/g, "");
  return literal(section).replace("\u0000", text + (percent ? "%" : ""));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, format: string, locale: string, timeZone: string): string {
  const d = serialToDate(serial, timeZone);
  const clock = wallClock(d, timeZone);
  const f = (field: keyof WallClock): number => clock[field];
  const month = (style: "short" | "long"): string =>
    new Intl.DateTimeFormat(bcp47(locale), { month: style, timeZone }).format(d).replace(/\.$/, "");
  const tokens = /"[^"]*"|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|./gi;
  // With AM/PM the hours run 1–12 (https://support.google.com/docs/answer/56470).
  const twelve = /am\/pm/i.test(format.replace(/"[^"]*"/g, ""));
  const hour = twelve ? ((f("hour") + 11) % 12) + 1 : f("hour");
  let lastWasHour = false;
  return format.replace(tokens, (tok) => {
    const t = tok.toLowerCase();
    let out: string;
    if (tok.startsWith('"')) out = tok.slice(1, -1);
    else if (t === "yyyy") out = String(f("year"));
    else if (t === "yy") out = pad(f("year") % 100);
    else if (t === "mmmm") out = month("long");
    else if (t === "mmm") out = month("short");
    else if (t === "mm" || t === "m")
      out = lastWasHour
        ? t === "mm"
          ? pad(f("minute"))
          : String(f("minute"))
        : t === "mm"
          ? pad(f("month"))
          : String(f("month"));
    else if (t === "dddd" || t === "ddd")
      out = new Intl.DateTimeFormat(bcp47(locale), {
        weekday: t === "dddd" ? "long" : "short",
        timeZone,
      }).format(d);
    else if (t === "dd") out = pad(f("day"));
    else if (t === "d") out = String(f("day"));
    else if (t === "hh") out = pad(hour);
    else if (t === "h") out = String(hour);
    else if (t === "am/pm") {
      const half = f("hour") < 12 ? "AM" : "PM";
      out = tok === "am/pm" ? half.toLowerCase() : half;
    } else if (t === "ss") out = pad(f("second"));
    else if (t === "s") out = String(f("second"));
    else out = tok;
    if (/^[hs]/.test(t)) lastWasHour = t.startsWith("h");
    else if (/^[ymd]/.test(t)) lastWasHour = false;
    return out;
  });
}

/** General format: up to 10 significant decimals, the locale's decimal separator, no grouping. */
function formatGeneral(value: number, locale: string): string {
  const rounded = Number(value.toPrecision(11));
  return new Intl.NumberFormat(bcp47(locale), { maximumFractionDigits: 10, useGrouping: false }).format(
    rounded,
  );
}

/** The text Sheets shows for a stored value (errors and strings as they are, booleans TRUE/FALSE). */
export function displayText(
  value: string | number | boolean,
  format: string | undefined,
  locale: string,
  timeZone: string,
): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!format || format === "General" || format === "@") return formatGeneral(value, locale);
  if (isDateFormat(format)) return formatDate(value, format, locale, timeZone);
  return formatNumber(value, format, locale);
}

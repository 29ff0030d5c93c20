// Utilities: formatDate, sleep (a no-op), UUIDs, base64 and digests, with Apps Script's signed bytes.
import { createHash, randomUUID } from "node:crypto";
import { enumOf } from "./enum-of";
import { formatDate } from "./format-date";

type Byte = GoogleAppsScript.Byte;
type Charset = GoogleAppsScript.Utilities.Charset;
type DigestAlgorithm = GoogleAppsScript.Utilities.DigestAlgorithm;

// https://developers.google.com/apps-script/reference/utilities/charset
export const Charset = enumOf<typeof GoogleAppsScript.Utilities.Charset>(["US_ASCII", "UTF_8"]);
// https://developers.google.com/apps-script/reference/utilities/digest-algorithm
export const DigestAlgorithm = enumOf<typeof GoogleAppsScript.Utilities.DigestAlgorithm>([
  "MD2",
  "MD5",
  "SHA_1",
  "SHA_256",
  "SHA_384",
  "SHA_512",
]);

const NODE_DIGEST: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

/** Apps Script bytes are Java bytes: -128 … 127. */
function signed(buffer: Buffer): Byte[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: Byte[] | string, charset?: Charset): Buffer {
  if (typeof data === "string") return Buffer.from(data, String(charset) === "US_ASCII" ? "latin1" : "utf8");
  return Buffer.from(data.map((b) => b & 0xff));
}

function javaType(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Object.prototype.toString.call(value) === "[object Date]") return "Date";
  if (typeof value === "string") return "String";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "Boolean";
  return "Object";
}

export type UtilitiesApi = Pick<
  GoogleAppsScript.Utilities.Utilities,
  | "Charset"
  | "DigestAlgorithm"
  | "formatDate"
  | "formatString"
  | "sleep"
  | "getUuid"
  | "base64Encode"
  | "base64EncodeWebSafe"
  | "base64Decode"
  | "base64DecodeWebSafe"
  | "computeDigest"
>;

// https://developers.google.com/apps-script/reference/utilities/utilities
export class UtilitiesImpl implements UtilitiesApi {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  /** Milliseconds the script asked to sleep in total (nothing actually waits). */
  sleptMillis = 0;

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  formatDate(date: Date, timeZone: string, format: string): string {
    if (
      Object.prototype.toString.call(date) !== "[object Date]" ||
      typeof timeZone !== "string" ||
      typeof format !== "string"
    ) {
      const types = [date, timeZone, format].map(javaType).join(",");
      throw new Error(`The parameters (${types}) don't match the method signature for Utilities.formatDate.`);
    }
    if (Number.isNaN(date.getTime())) throw new Error("Invalid argument: date");
    return formatDate(date, timeZone, format);
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
  // Supports %s, %d, %f (and %.Nf) and %%; Google implements the full sprintf.
  formatString(template: string, ...args: unknown[]): string {
    let next = 0;
    return template.replace(/%(?:\.(\d+))?([sdf%])/g, (match, digits: string | undefined, kind: string) => {
      if (kind === "%") return "%";
      if (next >= args.length) return match;
      const value = args[next++];
      if (kind === "d") return String(Math.trunc(Number(value)));
      if (kind === "f") return Number(value).toFixed(digits === undefined ? 6 : Number(digits));
      return String(value);
    });
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  sleep(milliseconds: number): void {
    this.sleptMillis += milliseconds;
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
  getUuid(): string {
    return randomUUID();
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String,Charset)
  base64Encode(data: Byte[] | string, charset?: Charset): string {
    return toBuffer(data, charset).toString("base64");
  }

  base64EncodeWebSafe(data: Byte[] | string, charset?: Charset): string {
    return toBuffer(data, charset).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String)
  base64Decode(encoded: string, _charset?: Charset): Byte[] {
    return signed(Buffer.from(encoded, "base64"));
  }

  base64DecodeWebSafe(encoded: string, _charset?: Charset): Byte[] {
    return signed(Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
  computeDigest(algorithm: DigestAlgorithm, value: Byte[] | string, charset?: Charset): Byte[] {
    const name = NODE_DIGEST[String(algorithm)];
    if (!name)
      throw new Error(`Utilities.computeDigest: ${String(algorithm)} is not supported by the emulator`);
    return signed(createHash(name).update(toBuffer(value, charset)).digest());
  }
}

// HtmlService and HtmlOutput: serves `<htmlDir>/<name>.html` files and records what a sidebar or dialog would show.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type CallLog, counted } from "../call-log";
import { enumOf } from "./enum-of";
import { type HasRaw, RAW } from "./raw";

type HtmlOutputApi = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplateApi = GoogleAppsScript.HTML.HtmlTemplate;

// https://developers.google.com/apps-script/reference/html/sandbox-mode
export const SandboxMode = enumOf<typeof GoogleAppsScript.HTML.SandboxMode>(["EMULATED", "IFRAME", "NATIVE"]);
// https://developers.google.com/apps-script/reference/html/x-frame-options-mode
export const XFrameOptionsMode = enumOf<typeof GoogleAppsScript.HTML.XFrameOptionsMode>([
  "ALLOWALL",
  "DEFAULT",
]);

/** What a test sees of an HtmlOutput (read without counting). */
export interface HtmlOutputData {
  title: string;
  content: string;
  width: number;
  height: number;
  sandboxMode: string;
  xFrameOptionsMode: string;
}

function notSupported(what: string): never {
  throw new Error(`${what} is not supported by the Sheets emulator`);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// https://developers.google.com/apps-script/reference/html/html-output
export class HtmlOutputImpl implements HtmlOutputApi, HasRaw<HtmlOutputImpl> {
  private title = "";
  private width = 0;
  private height = 0;
  private sandboxMode = "IFRAME";
  private xFrameOptionsMode = "DEFAULT";
  private faviconUrl = "";
  private readonly metaTags: GoogleAppsScript.HTML.HtmlOutputMetaTag[] = [];

  constructor(
    private content: string,
    private readonly wrap: <T extends object>(obj: T, className: string) => T = (obj) => obj,
  ) {}

  get [RAW](): HtmlOutputImpl {
    return this;
  }

  /** Uncounted snapshot for tests and the Ui recorder. */
  data(): HtmlOutputData {
    return {
      title: this.title,
      content: this.content,
      width: this.width,
      height: this.height,
      sandboxMode: this.sandboxMode,
      xFrameOptionsMode: this.xFrameOptionsMode,
    };
  }

  addMetaTag(name: string, content: string): HtmlOutputApi {
    this.metaTags.push({ getName: () => name, getContent: () => content });
    return this;
  }
  append(addedContent: string): HtmlOutputApi {
    this.content += addedContent;
    return this;
  }
  // https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String)
  appendUntrusted(addedContent: string): HtmlOutputApi {
    this.content += escapeHtml(addedContent);
    return this;
  }
  asTemplate(): HtmlTemplateApi {
    return this.wrap(new HtmlTemplateImpl(this.content, this.wrap), "HtmlTemplate");
  }
  clear(): HtmlOutputApi {
    this.content = "";
    return this;
  }
  getAs(_contentType: string): GoogleAppsScript.Base.Blob {
    return notSupported("HtmlOutput.getAs");
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return notSupported("HtmlOutput.getBlob");
  }
  getContent(): string {
    return this.content;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  getHeight(): number {
    return this.height;
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return [...this.metaTags];
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width;
  }
  setContent(content: string): HtmlOutputApi {
    this.content = content;
    return this;
  }
  setFaviconUrl(iconUrl: string): HtmlOutputApi {
    this.faviconUrl = iconUrl;
    return this;
  }
  setHeight(height: number): HtmlOutputApi {
    this.height = height;
    return this;
  }
  // https://developers.google.com/apps-script/reference/html/html-output#setSandboxMode(SandboxMode)
  // Only IFRAME exists today; other modes are recorded but Google serves IFRAME anyway.
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutputApi {
    this.sandboxMode = String(mode);
    return this;
  }
  setTitle(title: string): HtmlOutputApi {
    this.title = title;
    return this;
  }
  setWidth(width: number): HtmlOutputApi {
    this.width = width;
    return this;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutputApi {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
}

/** Reads an HtmlOutput (raw or counted) without counting the read. */
export function htmlOutputData(output: GoogleAppsScript.HTML.HtmlOutput): HtmlOutputData {
  const raw = (output as unknown as Partial<HasRaw<unknown>>)[RAW];
  if (!(raw instanceof HtmlOutputImpl))
    throw new Error("Not an HtmlOutput made by the emulator's HtmlService");
  return raw.data();
}

// https://developers.google.com/apps-script/reference/html/html-template
// Scriptlets (`<? ?>`) are not run: evaluate() of a page without them gives its content, otherwise it throws.
export class HtmlTemplateImpl implements HtmlTemplateApi, HasRaw<HtmlTemplateImpl> {
  [propName: string]: unknown;

  constructor(
    private readonly raw: string,
    private readonly wrap: <T extends object>(obj: T, className: string) => T = (obj) => obj,
  ) {}

  get [RAW](): HtmlTemplateImpl {
    return this;
  }

  evaluate(): HtmlOutputApi {
    if (this.raw.includes("<?")) {
      throw new Error(
        "HtmlTemplate.evaluate() with scriptlets (<? ?>) is not supported by the Sheets emulator; " +
          "serve a fully inlined page with createHtmlOutputFromFile",
      );
    }
    return this.wrap(new HtmlOutputImpl(this.raw, this.wrap), "HtmlOutput");
  }
  getCode(): string {
    return notSupported("HtmlTemplate.getCode");
  }
  getCodeWithComments(): string {
    return notSupported("HtmlTemplate.getCodeWithComments");
  }
  getRawContent(): string {
    return this.raw;
  }
}

// https://developers.google.com/apps-script/reference/html/html-service
export class HtmlServiceImpl implements GoogleAppsScript.HTML.HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  private readonly wrap: <T extends object>(obj: T, className: string) => T;

  /** `htmlDir` holds the project's `.html` files (Apps Script's `Sidebar.html` is `<htmlDir>/Sidebar.html`). */
  constructor(
    private readonly htmlDir: string | undefined,
    log?: CallLog,
  ) {
    this.wrap = log ? (obj, className) => counted(obj, className, log) : (obj) => obj;
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutputApi {
    if (html !== undefined && typeof html !== "string") return notSupported("createHtmlOutput(blob)");
    return this.wrap(new HtmlOutputImpl(html ?? "", this.wrap), "HtmlOutput");
  }

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  createHtmlOutputFromFile(filename: string): HtmlOutputApi {
    return this.createHtmlOutput(this.readFile(filename));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplateApi {
    if (typeof html !== "string") return notSupported("createTemplate(blob)");
    return this.wrap(new HtmlTemplateImpl(html, this.wrap), "HtmlTemplate");
  }

  // https://developers.google.com/apps-script/reference/html/html-service#createTemplateFromFile(String)
  createTemplateFromFile(filename: string): HtmlTemplateApi {
    return this.createTemplate(this.readFile(filename));
  }

  getUserAgent(): string {
    return "Mozilla/5.0 (Sheets emulator)";
  }

  /** Apps Script names project files without extension; the emulator looks for exactly `<name>.html`. */
  private readFile(filename: string): string {
    const path = this.htmlDir === undefined ? undefined : join(this.htmlDir, `${filename}.html`);
    if (!path || !existsSync(path)) throw new Error(`No HTML file named ${filename} was found.`);
    return readFileSync(path, "utf8");
  }
}

// GET /sidebar: the real build/Sidebar.html with the google.script.run shim (and the session's token) before its own
// script.
import { readFileSync } from "node:fs";

/** The sidebar page: `shim` is the bundled script-run-shim.ts (with the emulator's rules), `token` the session's. */
export function sidebarPage(file: string, shim: string, token: string): string {
  const html = readFileSync(file, "utf8");
  const at = html.indexOf("<script");
  const tag = `<script>var PLAYGROUND_TOKEN = ${JSON.stringify(token)};\n${shim}</script>\n`;
  return at < 0 ? html.replace("</body>", `${tag}</body>`) : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

// GET /sidebar: the real build/Sidebar.html with a google.script.run shim that calls POST /api/run.
import { readFileSync } from "node:fs";

/**
 * Runs in the sidebar iframe before the page's own script. google.script.run.withSuccessHandler(f)
 * .withFailureHandler(g).name(...args) POSTs {name, args}; f gets the JSON result, g an Error. After each
 * call the parent page is told to refresh its grid.
 */
const SHIM = `(function () {
  function tell(type) { try { parent.postMessage({ type: type }, "*"); } catch (e) {} }
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_, prop) {
        if (typeof prop !== "string" || prop === "then") return undefined;
        if (prop === "withSuccessHandler") return function (f) { return runner(f, failure); };
        if (prop === "withFailureHandler") return function (f) { return runner(success, f); };
        if (prop === "withUserObject") return function () { return runner(success, failure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch("/api/run", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name: prop, args: args })
          })
            .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
            .then(function (res) {
              tell("playground:changed");
              if (res.ok) { if (success) success(res.body.result); }
              else if (failure) failure(new Error(res.body.message));
            })
            .catch(function (e) { if (failure) failure(new Error(String(e && e.message || e))); });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null),
    host: { close: function () { tell("playground:close-sidebar"); }, setHeight: function () {}, setWidth: function () {} }
  } };
})();`;

export function sidebarPage(file: string): string {
  const html = readFileSync(file, "utf8");
  const at = html.indexOf("<script");
  const tag = `<script>${SHIM}</script>\n`;
  return at < 0 ? html.replace("</body>", `${tag}</body>`) : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

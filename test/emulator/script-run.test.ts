// google.script.run between a sidebar and the server: what may cross, and how a refused value or a thrown error
// reaches the failure handler.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator, SCRIPT_RUN_PAGE, SCRIPT_RUN_RULES, scriptRunArguments } from "./index";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");
const PRIVATE = "https://developers.google.com/apps-script/guides/html/communication#private_functions";

function setup() {
  const emu = createEmulator();
  return { emu, ctx: loadBundle(emu, BUNDLE) };
}

describe(`google.script.run — ${SCRIPT_RUN_PAGE}`, () => {
  it("carries primitives, plain objects and arrays both ways, as the script's own arrays", () => {
    const { emu, ctx } = setup();
    const sent = { text: "a", n: 1.5, yes: true, none: null, list: [1, "två", [3]] };
    expect(emu.runFromSidebar(ctx, "echo", [sent])).toEqual({
      ok: true,
      value: { value: sent, isArray: false },
    });
    expect(emu.runFromSidebar(ctx, "echo", [[1, 2]])).toEqual({
      ok: true,
      value: { value: [1, 2], isArray: true },
    });
  });

  it("turns undefined inside arrays into null and leaves undefined fields out", () => {
    const { emu, ctx } = setup();
    expect(emu.runFromSidebar(ctx, "echo", [[1, undefined, { a: undefined, b: 2 }]])).toEqual({
      ok: true,
      value: { value: [1, null, { b: 2 }], isArray: true },
    });
  });

  it.each([
    ["a Date", [new Date(2025, 2, 15)], "0"],
    ["a Date inside an object", [{ when: new Date(2025, 2, 15) }], "0.when"],
    ["a Date inside an array", [1, [2, new Date(0)]], "1.1"],
    ["a Function", [() => 1], "0"],
    ["a Map", [new Map()], "0"],
  ])("fails the call through the failure handler for %s, quoting Google's rule", (_what, args, where) => {
    const { emu, ctx } = setup();
    const call = emu.runFromSidebar(ctx, "echo", args);
    expect(call.ok).toBe(false);
    const error = call.ok ? "" : call.error;
    expect(error).toContain(`Failed due to illegal value in property: ${where} (`);
    expect(error).toContain(SCRIPT_RUN_RULES);
    expect(SCRIPT_RUN_RULES).toBe(
      "Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other prohibited type, including prohibited types inside objects or arrays",
    );
  });

  it("fails a circular object", () => {
    const { emu, ctx } = setup();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const call = emu.runFromSidebar(ctx, "echo", [loop]);
    expect(call).toEqual({
      ok: false,
      error: expect.stringContaining("circular reference in property: 0.self"),
    });
  });

  it("fails the call when the return value holds a Date", () => {
    const { emu, ctx } = setup();
    expect(emu.runFromSidebar(ctx, "dateBack")).toEqual({
      ok: false,
      error: expect.stringContaining("illegal value in property: return value.when (a Date)"),
    });
  });

  it("hands an error the function throws to the failure handler, message only", () => {
    const { emu, ctx } = setup();
    expect(emu.runFromSidebar(ctx, "failWith", ["Fliken saknas."])).toEqual({
      ok: false,
      error: "Fliken saknas.",
    });
  });

  it("takes a form only as the sole argument", () => {
    const form = { fields: { what: "Kongress" } };
    const forms = {
      isForm: (v: unknown) => v === form,
      read: (v: unknown) => (v as typeof form).fields,
    };
    expect(scriptRunArguments([form], forms)).toEqual([{ what: "Kongress" }]);
    expect(() => scriptRunArguments([form, 1], forms)).toThrow(SCRIPT_RUN_RULES);
  });

  it(`cannot reach a private function (name ending in _) or one that does not exist — ${PRIVATE}`, () => {
    const { emu, ctx } = setup();
    expect(() => emu.runFromSidebar(ctx, "secret_")).toThrow("no server function secret_");
    expect(() => emu.runFromSidebar(ctx, "missing")).toThrow("no server function missing");
  });
});

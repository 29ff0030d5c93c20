// How the menu is added: top level in a bound script, under Extensions for a published add-on or in AuthMode.NONE.
import { afterEach, describe, expect, it, vi } from "vitest";
import { deploymentFor } from "../../src/entry/deployment";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("deploymentFor", () => {
  it("is a bound script unless the build says add-on; AuthMode.NONE is always an add-on", () => {
    expect(deploymentFor("LIMITED")).toBe("bound");
    expect(deploymentFor(undefined)).toBe("bound");
    expect(deploymentFor("NONE")).toBe("addOn");
    vi.stubGlobal("__PLAN_DEPLOYMENT__", "addOn");
    expect(deploymentFor("LIMITED")).toBe("addOn");
    expect(deploymentFor("FULL")).toBe("addOn");
  });
});

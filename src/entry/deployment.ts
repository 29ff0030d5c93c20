// How this build is deployed: `npm run deploy -- --add-on` builds for a published editor add-on, else a bound script.
import type { Deployment } from "../sheets/menu";

declare const __PLAN_DEPLOYMENT__: Deployment | undefined;

/**
 * The build's deployment, set by tools/build.ts (esbuild `define`); a bound script when not set. An add-on opened in
 * AuthMode.NONE (installed, not yet used in this file) is always an add-on, whatever the build says.
 */
export function deploymentFor(authMode: string | undefined): Deployment {
  if (authMode === "NONE") return "addOn";
  return typeof __PLAN_DEPLOYMENT__ === "undefined" ? "bound" : __PLAN_DEPLOYMENT__;
}

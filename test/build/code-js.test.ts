// Parses build/Code.js and checks it is a bundle Apps Script accepts: literal top-level stubs with JSDoc, no modules.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../src/entry/registry";

const code = readFileSync(new URL("../../build/Code.js", import.meta.url), "utf8");
const source = ts.createSourceFile("Code.js", code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);

const topLevelFunctions = new Map(
  source.statements.filter(ts.isFunctionDeclaration).map((fn) => [fn.name?.text ?? "", fn] as const),
);

function jsDocOf(fn: ts.FunctionDeclaration): ts.JSDoc | undefined {
  const docs = ts.getJSDocCommentsAndTags(fn).filter(ts.isJSDoc);
  return docs.at(-1);
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (comment === undefined) return "";
  return typeof comment === "string" ? comment : comment.map((part) => part.text).join("");
}

describe("build/Code.js", () => {
  it("parses as a script with no import, export or require", () => {
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) found.push("import");
      if (ts.isExportDeclaration(node) || ts.isExportAssignment(node)) found.push("export");
      if (
        ts.canHaveModifiers(node) &&
        ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      ) {
        found.push("export modifier");
      }
      if (ts.isCallExpression(node) && node.expression.getText(source) === "require") found.push("require");
      if (node.kind === ts.SyntaxKind.ImportKeyword) found.push("dynamic import");
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    expect(found).toEqual([]);
  });

  it("has one literal top-level function per registry entry, with the registry's parameters", () => {
    expect(ENTRY_POINTS.map((p) => p.name)).toContain("onOpen");
    expect([...topLevelFunctions.keys()].sort()).toEqual(ENTRY_POINTS.map((p) => p.name).sort());
    for (const point of ENTRY_POINTS) {
      const fn = topLevelFunctions.get(point.name);
      expect(fn, `missing top-level function ${point.name}`).toBeDefined();
      expect(fn!.parameters.map((p) => p.name.getText(source))).toEqual(point.params.map((p) => p.name));
      expect(fn!.body?.getText(source)).toContain(`PlanAddOn.call(${JSON.stringify(point.name)}, arguments)`);
    }
  });

  it("declares nothing at top level beyond the bundle global and the registry's stubs", () => {
    const names = new Set(ENTRY_POINTS.map((p) => p.name));
    expect([...topLevelFunctions.keys()].filter((name) => !names.has(name))).toEqual([]);
    const vars = source.statements
      .filter(ts.isVariableStatement)
      .flatMap((s) => s.declarationList.declarations);
    expect(vars.map((v) => v.name.getText(source))).toEqual(["PlanAddOn"]);
  });

  it("puts a complete JSDoc block with @customfunction directly above every custom function", () => {
    const custom = ENTRY_POINTS.filter((p) => p.kind === "custom-function");
    for (const point of custom) {
      const fn = topLevelFunctions.get(point.name)!;
      const doc = jsDocOf(fn);
      expect(doc, `${point.name} has no JSDoc`).toBeDefined();
      expect(commentText(doc!.comment).trim().length, `${point.name} has no description`).toBeGreaterThan(10);
      const tags: readonly ts.JSDocTag[] = doc!.tags ?? [];
      expect(
        tags.some((tag) => tag.tagName.text === "customfunction"),
        point.name,
      ).toBe(true);
      const params = tags.filter((tag): tag is ts.JSDocParameterTag => ts.isJSDocParameterTag(tag));
      expect(params.map((p) => p.name.getText(source))).toEqual(point.params.map((p) => p.name));
      for (const param of params) {
        expect(param.typeExpression, `${point.name} @param ${param.name.getText(source)} type`).toBeDefined();
        expect(commentText(param.comment).trim(), `${point.name} @param description`).not.toBe("");
      }
      expect(tags.some((tag) => ts.isJSDocReturnTag(tag) && commentText(tag.comment).trim() !== "")).toBe(
        true,
      );
      // "Directly above": nothing but white space between the block's end and `function`.
      const between = code.slice(doc!.end, fn.getStart(source, false));
      expect(between.trim()).toBe("");
      expect(point.name.endsWith("_")).toBe(false);
      // Autocomplete help names the Swedish term in parentheses, e.g. "(medlemsmål)".
      expect(commentText(doc!.comment), point.name).toMatch(/\([a-zåäö][a-zåäö -]*\)/);
    }
  });

  it("covers every kind of entry point the add-on needs", () => {
    const names = ENTRY_POINTS.map((p) => p.name);
    for (const required of ["onOpen", "onInstall", "setUpPlan"]) expect(names).toContain(required);
  });
});

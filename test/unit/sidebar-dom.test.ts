// Unit tests for the sidebar's element builder: text and attributes never become markup.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { build, type MiniDocument, type MiniElement, type MiniNode } from "../../src/sidebar/dom";

const PAYLOAD = "<img src=x onerror=alert(1)>";

class FakeText {
  constructor(readonly data: string) {}
}

/** A stand-in element that records what h does and serialises the way a browser's outerHTML would. */
class FakeElement implements MiniElement {
  readonly attributes = new Map<string, string>();
  readonly children: (FakeElement | FakeText)[] = [];
  readonly listeners = new Map<string, (event: Event) => void>();
  constructor(readonly tag: string) {}
  set innerHTML(_html: string) {
    throw new Error("innerHTML must never be used");
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  appendChild(node: MiniNode): unknown {
    if (!(node instanceof FakeElement || node instanceof FakeText)) throw new Error("not a node");
    this.children.push(node);
    return node;
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, listener);
  }
  serialise(): string {
    const esc = (text: string, quote: boolean): string =>
      text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, quote ? "&quot;" : '"');
    const attrs = [...this.attributes].map(([name, value]) => ` ${name}="${esc(value, true)}"`).join("");
    const inner = this.children
      .map((child) => (child instanceof FakeText ? esc(child.data, false) : child.serialise()))
      .join("");
    return `<${this.tag}${attrs}>${inner}</${this.tag}>`;
  }
}

const created: string[] = [];
const doc: MiniDocument<FakeElement> = {
  createElement: (tag) => {
    created.push(tag);
    return new FakeElement(tag);
  },
  createTextNode: (text) => new FakeText(text),
};

describe("sidebar h/build", () => {
  it("puts a markup-looking string into a text node, never an element", () => {
    created.length = 0;
    const element = build(doc, "li", { title: PAYLOAD, "data-testid": "goal-item" }, [PAYLOAD]);
    expect(created).toEqual(["li"]);
    expect(element.children).toHaveLength(1);
    expect(element.children[0]).toBeInstanceOf(FakeText);
    expect((element.children[0] as FakeText).data).toBe(PAYLOAD);
    expect(element.attributes.get("title")).toBe(PAYLOAD);
    expect(element.serialise()).toBe(
      '<li title="&lt;img src=x onerror=alert(1)&gt;" data-testid="goal-item">&lt;img src=x onerror=alert(1)&gt;</li>',
    );
    expect(element.serialise()).not.toContain("<img");
  });

  it("turns numbers into text and skips null, undefined and false children", () => {
    const element = build(doc, "p", null, [1, null, undefined, false, "x"]);
    expect(element.children.map((child) => (child as FakeText).data)).toEqual(["1", "x"]);
  });

  it("takes event handlers only as functions", () => {
    expect(() => build(doc, "button", { onclick: "alert(1)" }, [])).toThrow(/function/);
    const listener = (): void => {};
    const button = build(doc, "button", { onclick: listener }, []);
    expect(button.listeners.get("click")).toBe(listener);
    expect(button.attributes.size).toBe(0);
  });

  it("rejects attribute names that aren't plain names", () => {
    expect(() => build(doc, "div", { 'x onload="alert(1)"': "1" }, [])).toThrow(/attribute name/);
  });

  it("writes boolean attributes as present or absent", () => {
    const input = build(doc, "input", { required: true, disabled: false, placeholder: null }, []);
    expect([...input.attributes]).toEqual([["required", ""]]);
  });

  it("no sidebar source parses HTML from strings", () => {
    const dir = fileURLToPath(new URL("../../src/sidebar", import.meta.url));
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
      const source = readFileSync(join(dir, file), "utf8");
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/);
    }
  });
});

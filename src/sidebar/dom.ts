// A tiny element builder that only ever sets attributes and text nodes, never parses HTML.

/** The few DOM operations h needs, so the builder also runs against a stand-in document in Node tests. */
export type MiniNode = object;
export interface MiniElement {
  setAttribute(name: string, value: string): void;
  appendChild(node: MiniNode): unknown;
  addEventListener(type: string, listener: (event: Event) => void): void;
}
export interface MiniDocument<E extends MiniElement> {
  createElement(tag: string): E;
  createTextNode(text: string): MiniNode;
}

/** on* keys take a listener; every other key an attribute value (null/undefined/false: left out). */
export type Attrs = Readonly<
  Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>
>;
export type Child<E> = E | MiniNode | string | number | null | undefined | false;

/** Builds an element: attribute names come from code; every string child becomes a text node. */
export function build<E extends MiniElement>(
  doc: MiniDocument<E>,
  tag: string,
  attrs: Attrs | null,
  children: readonly Child<E>[],
): E {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new Error(`Bad attribute name: ${name}`);
    if (/^on/i.test(name)) {
      if (typeof value !== "function") throw new Error(`${name} needs a function, not a string`);
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (typeof value === "function") {
      throw new Error(`${name} can't take a function`);
    } else if (value === true) {
      element.setAttribute(name, "");
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    const isText = typeof child === "string" || typeof child === "number";
    element.appendChild(isText ? doc.createTextNode(String(child)) : child);
  }
  return element;
}

/** h("button", { class: "link", onclick }, "text") in the page's own document. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child<HTMLElement>[]
): HTMLElementTagNameMap[K] {
  return build<HTMLElement>(document, tag, attrs, children) as HTMLElementTagNameMap[K];
}

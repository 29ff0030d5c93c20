// Lets emulator code reach the raw object behind a counted wrapper without the access being counted.

/** Symbol-keyed getter on every emulator object: `counted()` only counts string keys, so this stays uncounted. */
export const RAW: unique symbol = Symbol("emulator.raw");

export interface HasRaw<T> {
  readonly [RAW]: T;
}

/** The raw emulator object behind `value` (a counted wrapper or the object itself); `value` when it has none. */
export function unwrap<T>(value: T): T {
  if (value !== null && typeof value === "object" && RAW in value) {
    return (value as unknown as HasRaw<T>)[RAW];
  }
  return value;
}

/** Names of the methods of T (for checking an emulator class against Google's interface). */
export type MethodNames<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never;
}[keyof T] &
  string;

/** Methods an emulator class has that Google's interface lacks (`never` when it invents none). */
export type InventedMethods<Impl, Api, Allowed extends string = never> = Exclude<
  MethodNames<Impl>,
  keyof Api | Allowed
>;

/** Hands out an object to the code under test: counted in the emulator, identity in bare unit tests. */
export type Wrap = <T extends object>(obj: T, className: string) => T;

export const noWrap: Wrap = (obj) => obj;

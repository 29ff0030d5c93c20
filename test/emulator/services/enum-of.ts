// Builds runtime stand-ins for Apps Script enums: each member is its own name, so String(member) gives the name.

/**
 * An object whose members are their own names, typed as Google's enum (`typeof GoogleAppsScript.X.Y`).
 * Apps Script enums print as their names (`String(Button.OK) === "OK"`), which is all the emulator keeps.
 */
export function enumOf<E>(names: readonly string[]): E {
  const members: Record<string, string> = {};
  for (const name of names) members[name] = name;
  return Object.freeze(members) as unknown as E;
}

/** The member's name ("OK" for Button.OK). */
export function enumName(member: unknown): string {
  return String(member);
}

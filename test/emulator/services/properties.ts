// PropertiesService: document, script and user key-value stores that outlive an execution.

/** One store: keys to string values. */
export type PropertyStore = Map<string, string>;

/** All stores of one emulated document; user stores are per email. */
export class PropertiesState {
  readonly document: PropertyStore = new Map();
  readonly script: PropertyStore = new Map();
  private readonly users = new Map<string, PropertyStore>();

  user(email: string): PropertyStore {
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }
}

// https://developers.google.com/apps-script/guides/services/quotas#current_limitations
// "Properties value size: 9 KB / val", "Properties total storage: 500 KB / property store".
// Google's exact error text for these is UNVERIFIED.
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

// https://developers.google.com/apps-script/reference/properties/properties
export class PropertiesImpl implements GoogleAppsScript.Properties.Properties {
  constructor(private readonly store: PropertyStore) {}

  // https://developers.google.com/apps-script/reference/properties/properties#deleteAllProperties()
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.store.clear();
    return this;
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.store.delete(String(key));
    return this;
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getProperties()
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  setProperties(
    properties: { [key: string]: string },
    deleteAllOthers = false,
  ): GoogleAppsScript.Properties.Properties {
    const next: PropertyStore = deleteAllOthers ? new Map() : new Map(this.store);
    for (const [key, value] of Object.entries(properties)) next.set(key, stringValue(value));
    this.commit(next);
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
  // Non-string values are stored as String(value), as Apps Script does.
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    const next = new Map(this.store);
    next.set(String(key), stringValue(value));
    this.commit(next);
    return this;
  }

  private commit(next: PropertyStore): void {
    let total = 0;
    for (const [key, value] of next) {
      if (bytes(value) > MAX_VALUE_BYTES) throw new Error("Argument too large: value");
      total += bytes(key) + bytes(value);
    }
    if (total > MAX_STORE_BYTES)
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }
}

function stringValue(value: unknown): string {
  return String(value);
}

// https://developers.google.com/apps-script/reference/properties/properties-service
export class PropertiesServiceImpl implements GoogleAppsScript.Properties.PropertiesService {
  constructor(
    private readonly state: PropertiesState,
    private readonly userEmail: string,
    private readonly wrap: (p: PropertiesImpl) => GoogleAppsScript.Properties.Properties = (p) => p,
  ) {}

  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(new PropertiesImpl(this.state.document));
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(new PropertiesImpl(this.state.script));
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.wrap(new PropertiesImpl(this.state.user(this.userEmail)));
  }
}

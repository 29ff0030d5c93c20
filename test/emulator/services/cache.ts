// CacheService: document, script and user caches with a manual clock instead of real expiry timers.

// https://developers.google.com/apps-script/reference/cache/cache
/** Default lifetime of a put without expiration: 10 minutes. */
export const DEFAULT_EXPIRATION_SECONDS = 600;
/** Longest allowed lifetime: 6 hours. */
export const MAX_EXPIRATION_SECONDS = 21_600;
/** Longest key: 250 characters. */
export const MAX_KEY_LENGTH = 250;
/** Largest value: 100 KB. */
export const MAX_VALUE_BYTES = 100 * 1024;

interface Entry {
  value: string;
  expiresAt: number;
}

/** One cache's entries. */
export type CacheStore = Map<string, Entry>;

/**
 * All caches of one emulated document. Time stands still unless a test calls `advance(seconds)`,
 * so entries expire deterministically (Google may also evict earlier; the emulator never does).
 */
export class CacheState {
  private seconds = 0;
  readonly document: CacheStore = new Map();
  readonly script: CacheStore = new Map();
  private readonly users = new Map<string, CacheStore>();

  now(): number {
    return this.seconds;
  }

  advance(seconds: number): void {
    this.seconds += seconds;
  }

  user(email: string): CacheStore {
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }
}

function checkKey(key: string): void {
  if (typeof key !== "string" || key.length === 0) throw new Error("Invalid argument: key");
  if (key.length > MAX_KEY_LENGTH) throw new Error("Argument too large: key");
}

function checkExpiration(seconds: number): void {
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > MAX_EXPIRATION_SECONDS) {
    throw new Error("Invalid argument: expirationInSeconds");
  }
}

// https://developers.google.com/apps-script/reference/cache/cache
export class CacheImpl implements GoogleAppsScript.Cache.Cache {
  constructor(
    private readonly store: CacheStore,
    private readonly state: CacheState,
  ) {}

  // https://developers.google.com/apps-script/reference/cache/cache#get(String)
  get(key: string): string | null {
    checkKey(key);
    const entry = this.store.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.state.now()) {
      this.store.delete(key);
      return null;
    }
    return entry.value;
  }

  // https://developers.google.com/apps-script/reference/cache/cache#getAll(String)
  getAll(keys: string[]): { [key: string]: string } {
    const found: { [key: string]: string } = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)
  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    checkKey(key);
    checkExpiration(expirationInSeconds);
    const text = String(value);
    if (Buffer.byteLength(text, "utf8") > MAX_VALUE_BYTES) throw new Error("Argument too large: value");
    this.store.set(key, { value: text, expiresAt: this.state.now() + expirationInSeconds });
  }

  // https://developers.google.com/apps-script/reference/cache/cache#putAll(Object,Integer)
  putAll(values: { [key: string]: string }, expirationInSeconds = DEFAULT_EXPIRATION_SECONDS): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    checkKey(key);
    this.store.delete(key);
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

// https://developers.google.com/apps-script/reference/cache/cache-service
export class CacheServiceImpl implements GoogleAppsScript.Cache.CacheService {
  constructor(
    private readonly state: CacheState,
    private readonly userEmail: string,
    private readonly wrap: (c: CacheImpl) => GoogleAppsScript.Cache.Cache = (c) => c,
  ) {}

  // The emulated script is bound to its document, so the document cache exists (never null).
  getDocumentCache(): GoogleAppsScript.Cache.Cache {
    return this.wrap(new CacheImpl(this.state.document, this.state));
  }

  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return this.wrap(new CacheImpl(this.state.script, this.state));
  }

  getUserCache(): GoogleAppsScript.Cache.Cache {
    return this.wrap(new CacheImpl(this.state.user(this.userEmail), this.state));
  }
}

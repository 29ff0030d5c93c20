// Session: who runs the script, their locale and the script's time zone.
import { createHash } from "node:crypto";

export interface SessionSettings {
  /** Active user's email; "" when Google withholds it (consumer accounts, AuthMode.NONE). */
  userEmail: string;
  /** Effective user's email (the script owner for installable triggers); defaults to userEmail. */
  effectiveUserEmail?: string;
  /** The user's language setting as Google reports it, e.g. "sv" or "en". */
  locale: string;
  /** The script's time zone from appsscript.json, e.g. "Europe/Stockholm". */
  timeZone: string;
}

// https://developers.google.com/apps-script/reference/base/user
class UserImpl implements GoogleAppsScript.Base.User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  /** @deprecated Google's own deprecation. */
  getUserLoginId(): string {
    return this.email;
  }
}

// https://developers.google.com/apps-script/reference/base/session
export class SessionImpl implements GoogleAppsScript.Base.Session {
  constructor(
    private readonly settings: SessionSettings,
    private readonly wrap: (user: UserImpl) => GoogleAppsScript.Base.User = (user) => user,
  ) {}

  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.wrap(new UserImpl(this.settings.userEmail));
  }

  // https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()
  getActiveUserLocale(): string {
    return this.settings.locale;
  }

  // https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.wrap(new UserImpl(this.settings.effectiveUserEmail ?? this.settings.userEmail));
  }

  // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
  getScriptTimeZone(): string {
    return this.settings.timeZone;
  }

  // https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()
  // Opaque and stable per user (Google rotates it every 30 days; the emulator never does).
  getTemporaryActiveUserKey(): string {
    return createHash("sha256").update(`user:${this.settings.userEmail}`).digest("base64");
  }

  /** @deprecated Google's own deprecation; same as getScriptTimeZone(). */
  getTimeZone(): string {
    return this.settings.timeZone;
  }

  /** @deprecated Google's own deprecation; same as getActiveUser(). */
  getUser(): GoogleAppsScript.Base.User {
    return this.getActiveUser();
  }
}

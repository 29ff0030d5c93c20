// Named ranges the add-on keeps on the plan's tabs, so commands find them in one call whatever the tab's name.

/** The whole Activities tab (columns A–I), read by the timeline and the sidebar. */
export const ACTIVITIES_RANGE_NAME = "PlanActivities";
/** The whole Settings tab (columns A–C). */
export const SETTINGS_RANGE_NAME = "PlanSettings";

// The timeline's colours: status bars (exact and lighter for approximate), bands, today and elections.

export const STATUS_COLORS = {
  done: { exact: "#57bb8a", approximate: "#b7e1cd" },
  late: { exact: "#e06666", approximate: "#f4c7c3" },
  underway: { exact: "#6d9eeb", approximate: "#c9daf8" },
  coming: { exact: "#a4a4a4", approximate: "#dcdcdc" },
} as const;

export type Status = keyof typeof STATUS_COLORS;
export const STATUS_ORDER: readonly Status[] = ["done", "late", "underway", "coming"];

export const WHITE = "#ffffff";
export const HEADER = "#e8eaed";
/** Alternate term shading marks the boundaries between terms. */
export const TERM_BANDS = { VT: "#eef3fd", HT: "#fdf6e3" } as const;
export const TERM_BODY = { VT: WHITE, HT: "#fbfaf6" } as const;
export const YEAR_BAND = "#dfe6f3";
export const TODAY = "#fff2cc";
export const ELECTION = "#d9c2f0";

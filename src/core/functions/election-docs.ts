// The election custom functions' names, autocomplete help and parameters, for the catalogue.
import type { FunctionDoc, ParamDoc } from "./catalogue-types";
import { RANGE_OF } from "./catalogue-types";

const VOTES: ParamDoc = {
  name: "votes",
  type: RANGE_OF("number"),
  description:
    "One column (or row) of votes (röster), one party a cell, e.g. B2:B9; blank cells are no party.",
};
const SEATS: ParamDoc = {
  name: "seats",
  type: "number",
  description: "How many seats (mandat) are allocated, e.g. 101 (Stockholms stad) or 349 (riksdagen).",
};
const THRESHOLD: ParamDoc = {
  name: "threshold",
  type: "number",
  description:
    "The threshold (spärr) as a share of all votes in the column, e.g. 4 % (riksdag, EU), 3 % (region), 2 % (kommun); blank = none.",
  optional: true,
};
const FIRST_DIVISOR: ParamDoc = {
  name: "first_divisor",
  type: "number",
  description:
    "Divisor of a party's first comparison number (första divisor): blank = 1.2; give 1.4 before 2018.",
  optional: true,
};
const PARTY_ROW: ParamDoc = {
  name: "party_row",
  type: RANGE_OF("number"),
  description: "Which party: its place in votes, 1 for the first cell. A range gives one answer per row.",
};
const SEATS_WANTED: ParamDoc = {
  name: "seats_wanted",
  type: RANGE_OF("number"),
  description: "The seats the goal asks for (mandat i målet), e.g. 4.",
};

const seatGoal = (summary: string, returns: string): FunctionDoc => ({
  summary,
  params: [VOTES, PARTY_ROW, SEATS_WANTED, SEATS, THRESHOLD, FIRST_DIVISOR],
  returns: { type: RANGE_OF("number"), description: returns },
});

export const ELECTION_FUNCTION_DOCS = {
  ELECTION_DAY: {
    summary:
      'Election day (valdag) of a year: the general election (riksdag, region, kommun) on the second Sunday of September every four years from 2018, or "EU" (2019, 2024) or "kyrkoval" (2021, 2025). E.g. =ELECTION_DAY(2026) gives 2026-09-13; =ELECTION_DAY(A2:A5, "EU") gives one date a row (in Swedish sheets =ELECTION_DAY(A2:A5; "EU")).',
    params: [
      {
        name: "year",
        type: RANGE_OF("number"),
        description: "The year (valår), e.g. 2026, or a range of years.",
      },
      {
        name: "kind",
        type: RANGE_OF("string"),
        description:
          'Which election: "allmänna", "riksdag", "region" or "kommun" (all the general election), "EU" or "EP", "kyrkoval"; blank = the general election.',
        optional: true,
      },
    ],
    returns: { type: RANGE_OF("Date"), description: "The election day, same shape as the input." },
  },
  SEATS: {
    summary:
      'Seats (mandat) per party by jämkade uddatalsmetoden (modified Sainte-Laguë): a column of votes in, a column of seats out. E.g. =SEATS(B2:B9, 101); in Swedish sheets =SEATS(B2:B9; 101). With a 4 % threshold: =SEATS(B2:B9, 349, 4%). Vallagen breaks a tie for the last seat by lot, so a party in one shows e.g. "3–4 (lott)": 3 seats for sure, a 4th if the lot falls on it.',
    params: [VOTES, SEATS, THRESHOLD, FIRST_DIVISOR],
    returns: {
      type: RANGE_OF("number|string"),
      description: 'Seats per party, laid out as votes; "3–4 (lott)" where the lot decides the last seat.',
    },
  },
  VOTES_FOR_SEATS: seatGoal(
    "Votes needed (röster som behövs) for a seat goal: the fewest extra votes with which the party in party_row wins seats_wanted seats for certain (not by lot), the other parties' votes unchanged. 0 when it already does. E.g. =VOTES_FOR_SEATS(B2:B9, 3, 4, 101); in Swedish sheets =VOTES_FOR_SEATS(B2:B9; 3; 4; 101).",
    "Extra votes, exact to the vote for whole vote counts; one value per party_row.",
  ),
  SHARE_FOR_SEATS: seatGoal(
    "Vote share needed (väljarstöd som behövs) for a seat goal: the party's share of all votes once it has the fewest extra votes that win seats_wanted seats for certain, others unchanged. Format as %. E.g. =SHARE_FOR_SEATS(B2:B9, 3, 2, 21, 4%); in Swedish sheets =SHARE_FOR_SEATS(B2:B9; 3; 2; 21; 4%).",
    "The share of all votes as a fraction, e.g. 0.083 (8.3 %); one value per party_row.",
  ),
  SEAT_GOAL_NEEDS: {
    summary:
      "Votes still needed (röster som behövs) and the vote share then, for every goal of kind seats at once, from the last election's result (a row per party and goal): the fewest extra votes with which the ticked party wins the target seats for certain, the others' votes unchanged. The add-on writes it on the Goals tab: =SEAT_GOAL_NEEDS(A2:A, B2:B, D2:D, Valresultat!A2:A, Valresultat!C2:C, Valresultat!D2:D, Valresultat!E2:E, Valresultat!F2:F); in Swedish sheets =SEAT_GOAL_NEEDS(A2:A; B2:B; D2:D; Valresultat!A2:A; Valresultat!C2:C; Valresultat!D2:D; Valresultat!E2:E; Valresultat!F2:F).",
    params: [
      { name: "goals", type: RANGE_OF("string"), description: "The goal names (mål), one a row." },
      {
        name: "kinds",
        type: RANGE_OF("string"),
        description: 'Each goal\'s kind (typ): only "mandat" / "seats" goals are counted.',
      },
      { name: "targets", type: RANGE_OF("number"), description: "Each goal's target seats (målvärde)." },
      {
        name: "result_goals",
        type: RANGE_OF("string"),
        description: "The election result's goal column: which goal each party row belongs to.",
      },
      { name: "result_votes", type: RANGE_OF("number"), description: "Each party's votes (röster)." },
      {
        name: "result_ours",
        type: RANGE_OF("boolean"),
        description: "Ticked (TRUE) on the row of the goal's own party (vårt parti).",
      },
      {
        name: "result_seats",
        type: RANGE_OF("number"),
        description: "The seats to allocate (mandat att fördela), on any of the goal's rows.",
      },
      {
        name: "result_thresholds",
        type: RANGE_OF("number"),
        description: "The threshold (spärr), e.g. 2 %, on any of the goal's rows; blank = none.",
      },
    ],
    returns: {
      type: RANGE_OF("number|string"),
      description:
        "Two columns a goal row: votes still needed and the share of all votes; empty for goals without result rows.",
    },
  },
} as const satisfies Record<string, FunctionDoc>;

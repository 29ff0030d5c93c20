// RangeList: several ranges of one sheet, written together (Sheet.getRangeList, RangeList.setValue).
import type { RangeImpl } from "./range";
import { RAW } from "./services/raw";

/**
 * Google: "A collection of one or more Range instances in the same sheet"; setValue "Sets the value for each Range
 * in the RangeList" (https://developers.google.com/apps-script/reference/spreadsheet/range-list). One call writes
 * every range, and no cell between them.
 */
export class RangeListImpl {
  static readonly gasClass = "RangeList";

  constructor(private readonly ranges: readonly RangeImpl[]) {}

  get [RAW](): RangeListImpl {
    return this;
  }

  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }

  setValue(value: unknown): RangeListImpl {
    for (const range of this.ranges) range.setValue(value);
    return this;
  }
}

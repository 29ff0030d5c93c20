// Tests of Protection and of the embedded chart builder.
import { describe, expect, expectTypeOf, it } from "vitest";
import { CallLog, counted } from "./call-log";
import {
  ChartType,
  chartSpec,
  type EmbeddedChartBuilderImpl,
  type EmbeddedChartImpl,
  newChart,
} from "./rules/chart";
import { fakeRange } from "./rules/fake-range";
import { ProtectionImpl, ProtectionType } from "./rules/protection";
import type { InventedMethods } from "./services/raw";

describe("Protection", () => {
  it("implements only Google's methods", () => {
    expectTypeOf<
      InventedMethods<ProtectionImpl, GoogleAppsScript.Spreadsheet.Protection>
    >().toEqualTypeOf<never>();
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  it("records description, warning-only and editors; the user can edit", () => {
    const log = new CallLog();
    let removed = 0;
    const range = fakeRange("Inställningar", "A1:B10");
    const raw = new ProtectionImpl({ type: "RANGE", range, onRemove: () => removed++ });
    const protection = counted(raw, "Protection", log);
    protection.setDescription("Låst av tillägget").setWarningOnly(true).addEditor("anna@example.com");
    expect(protection.getDescription()).toBe("Låst av tillägget");
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.canEdit()).toBe(true);
    expect(protection.getProtectionType()).toBe(ProtectionType.RANGE);
    expect(protection.getRange()).toBe(range);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(["anna@example.com"]);
    protection.removeEditors(["anna@example.com"]);
    expect(raw.editors).toEqual([]);
    protection.remove();
    protection.remove();
    expect(removed).toBe(1);
    expect(raw.removed).toBe(true);
    expect(log.count("Protection.setWarningOnly")).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setUnprotectedRanges(Range)
  it("unprotected ranges only on sheet protections", () => {
    const range = fakeRange("Plan", "A1:Z100");
    const sheetProtection = new ProtectionImpl({ type: "SHEET", range });
    sheetProtection.setUnprotectedRanges([fakeRange("Plan", "B2:B9")]);
    expect(sheetProtection.getUnprotectedRanges()).toHaveLength(1);
    expect(() => new ProtectionImpl({ type: "RANGE", range }).setUnprotectedRanges([])).toThrow();
  });
});

describe("EmbeddedChartBuilder", () => {
  it("implements only Google's methods (plus the typed builders' common setters)", () => {
    type Typed = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder &
      GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
    expectTypeOf<InventedMethods<EmbeddedChartBuilderImpl, Typed>>().toEqualTypeOf<never>();
    expectTypeOf<
      InventedMethods<EmbeddedChartImpl, GoogleAppsScript.Spreadsheet.EmbeddedChart, "spec" | "attach">
    >().toEqualTypeOf<never>();
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
  it("keeps a plain spec of type, ranges, position and options", () => {
    const log = new CallLog();
    const chart = newChart(log)
      .asColumnChart()
      .addRange(fakeRange("Medlemmar", "A1:A12"))
      .addRange(fakeRange("Mål och år", "C1:D12"))
      .setPosition(2, 6, 10, 20)
      .setOption("title", "Medlemmar per valkrets")
      .setNumHeaders(1)
      .build();
    expect(chartSpec(chart)).toEqual({
      type: "COLUMN",
      ranges: ["Medlemmar!A1:A12", "'Mål och år'!C1:D12"],
      position: { row: 2, column: 6, offsetX: 10, offsetY: 20 },
      options: { title: "Medlemmar per valkrets" },
      numHeaders: 1,
      transpose: false,
    });
    expect(chart.getOptions().get("title")).toBe("Medlemmar per valkrets");
    expect(chart.getContainerInfo().getAnchorColumn()).toBe(6);
    expect(chart.getChartId()).toBeNull();
    expect(log.count("EmbeddedChartBuilder.addRange")).toBe(2);
    expect(log.count("EmbeddedChart.getOptions")).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#modify()
  it("modify() starts from the chart and keeps its id", () => {
    const chart = newChart().setChartType(ChartType.BAR).addRange(fakeRange("S", "A1:B2")).build();
    chart.attach(7);
    const changed = chart.modify().setOption("legend", "none").removeRange(fakeRange("S", "A1:B2")).build();
    expect(changed.getChartId()).toBe(7);
    expect(chartSpec(changed)).toMatchObject({ type: "BAR", ranges: [], options: { legend: "none" } });
    expect(chartSpec(chart).options).toEqual({});
  });

  it("refuses to build without a chart type", () => {
    expect(() => newChart().build()).toThrow(/no chart type/);
  });
});

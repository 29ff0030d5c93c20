// Sheet.newChart(): an EmbeddedChartBuilder and EmbeddedChart that keep a plain spec tests can compare.
import { type CallLog, counted } from "../call-log";
import { enumOf } from "../services/enum-of";
import { type HasRaw, noWrap, RAW, unwrap, type Wrap } from "../services/raw";
import { qualifiedA1, type RuleRange } from "./rule-range";

type ChartType = GoogleAppsScript.Charts.ChartType;

// https://developers.google.com/apps-script/reference/charts/chart-type
export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]);

export interface ChartPosition {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

/** What tests compare: ranges as "Sheet!A1:B2". */
export interface ChartSpec {
  type: string | null;
  ranges: string[];
  position: ChartPosition;
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}

interface ChartState {
  id: number | null;
  type: string | null;
  ranges: RuleRange[];
  position: ChartPosition;
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}

function cloneState(state: ChartState): ChartState {
  return {
    ...state,
    ranges: [...state.ranges],
    position: { ...state.position },
    options: { ...state.options },
  };
}

// https://developers.google.com/apps-script/reference/spreadsheet/container-info
class ContainerInfoImpl implements GoogleAppsScript.Spreadsheet.ContainerInfo {
  constructor(private readonly position: ChartPosition) {}
  getAnchorColumn(): number {
    return this.position.column;
  }
  getAnchorRow(): number {
    return this.position.row;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
export class EmbeddedChartImpl implements HasRaw<EmbeddedChartImpl> {
  constructor(
    private readonly state: ChartState,
    private readonly wrap: Wrap = noWrap,
  ) {}

  get [RAW](): EmbeddedChartImpl {
    return this;
  }

  /** The plain spec for tests (uncounted). */
  spec(): ChartSpec {
    return {
      type: this.state.type,
      ranges: this.state.ranges.map(qualifiedA1),
      position: { ...this.state.position },
      options: { ...this.state.options },
      numHeaders: this.state.numHeaders,
      transpose: this.state.transpose,
    };
  }

  /** The grid calls this from insertChart: Google gives a chart its id when it lands on a sheet. */
  attach(id: number): void {
    this.state.id = id;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getChartId()
  // null until the chart is inserted into a sheet.
  getChartId(): number | null {
    return this.state.id;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return this.wrap(new ContainerInfoImpl({ ...this.state.position }), "ContainerInfo");
  }
  getNumHeaders(): number {
    return this.state.numHeaders;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getOptions()
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = { ...this.state.options };
    return this.wrap({ get: (option: string) => options[option] }, "ChartOptions");
  }
  getRanges(): RuleRange[] {
    return [...this.state.ranges];
  }
  getTransposeRowsAndColumns(): boolean {
    return this.state.transpose;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#modify()
  modify(): EmbeddedChartBuilderImpl {
    return this.wrap(new EmbeddedChartBuilderImpl(cloneState(this.state), this.wrap), "EmbeddedChartBuilder");
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// as*Chart() set the type and return the same builder (Google returns a typed builder with extra setters;
// the common ones, setTitle/setStacked/setColors/setLegendPosition/setXAxisTitle/setYAxisTitle, are here).
export class EmbeddedChartBuilderImpl implements HasRaw<EmbeddedChartBuilderImpl> {
  private readonly state: ChartState;

  constructor(
    state?: ChartState,
    private readonly wrap: Wrap = noWrap,
  ) {
    this.state = state ?? {
      id: null,
      type: null,
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
      numHeaders: -1,
      transpose: false,
    };
  }

  get [RAW](): EmbeddedChartBuilderImpl {
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#addRange(Range)
  addRange(range: RuleRange): this {
    this.state.ranges.push(unwrap(range));
    return this;
  }
  asAreaChart(): this {
    return this.setChartType(ChartType.AREA);
  }
  asBarChart(): this {
    return this.setChartType(ChartType.BAR);
  }
  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }
  asComboChart(): this {
    return this.setChartType(ChartType.COMBO);
  }
  asHistogramChart(): this {
    return this.setChartType(ChartType.HISTOGRAM);
  }
  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }
  asPieChart(): this {
    return this.setChartType(ChartType.PIE);
  }
  asScatterChart(): this {
    return this.setChartType(ChartType.SCATTER);
  }
  asTableChart(): this {
    return this.setChartType(ChartType.TABLE);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#build()
  build(): EmbeddedChartImpl {
    if (this.state.type === null) throw new Error("EmbeddedChartBuilder.build(): no chart type set");
    return this.wrap(new EmbeddedChartImpl(cloneState(this.state), this.wrap), "EmbeddedChart");
  }
  clearRanges(): this {
    this.state.ranges.length = 0;
    return this;
  }
  getChartType(): ChartType {
    return this.state.type as unknown as ChartType;
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return this.wrap(new ContainerInfoImpl({ ...this.state.position }), "ContainerInfo");
  }
  getRanges(): RuleRange[] {
    return [...this.state.ranges];
  }
  removeRange(range: RuleRange): this {
    const target = unwrap(range);
    const key = qualifiedA1(target);
    const index = this.state.ranges.findIndex((r) => r === target || qualifiedA1(r) === key);
    if (index >= 0) this.state.ranges.splice(index, 1);
    return this;
  }
  setChartType(type: ChartType): this {
    this.state.type = String(type);
    return this;
  }
  setNumHeaders(headers: number): this {
    this.state.numHeaders = headers;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setOption(String,Object)
  setOption(option: string, value: unknown): this {
    this.state.options[option] = value;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setPosition(Integer,Integer,Integer,Integer)
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.state.transpose = transpose;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-column-chart-builder#setTitle(String)
  setTitle(chartTitle: string): this {
    return this.setOption("title", chartTitle);
  }
  setStacked(): this {
    return this.setOption("isStacked", true);
  }
  setColors(cssValues: string[]): this {
    return this.setOption("colors", [...cssValues]);
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    return this.setOption("legend.position", String(position).toLowerCase());
  }
  setXAxisTitle(title: string): this {
    return this.setOption("hAxis.title", title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption("vAxis.title", title);
  }
}

/** Sheet.newChart(): counted as "EmbeddedChartBuilder" (and what it builds) when `log` is given. */
export function newChart(log?: CallLog): EmbeddedChartBuilderImpl {
  const wrap: Wrap = log ? (obj, className) => counted(obj, className, log) : noWrap;
  return wrap(new EmbeddedChartBuilderImpl(undefined, wrap), "EmbeddedChartBuilder");
}

/** The spec of a chart (raw or counted) without counting. */
export function chartSpec(chart: object): ChartSpec {
  const raw = unwrap(chart);
  if (!(raw instanceof EmbeddedChartImpl)) throw new Error("Not a chart built by the emulator");
  return raw.spec();
}

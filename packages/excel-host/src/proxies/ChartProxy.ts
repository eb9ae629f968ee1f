/*
 * Excel.ChartCollection / Chart: stored, not drawn. A chart keeps its type, source
 * range, series orientation, title, legend, axis titles and position, which is what
 * tests and the preview need to show "a column chart of B3:D10 titled ...".
 */
import { formatAddress, type Rect } from "../address";
import { ClientCollection, ClientObject } from "./ClientObject";
import { invalidArgument, itemNotFound } from "../errors";
import type { RequestContext, SyncState } from "../RequestContext";
import { RangeProxy } from "./RangeProxy";
import type { ChartModel, SheetModel } from "../model/SheetModel";
import { expectOneOf, expectString } from "../values";
import { ChartLegendPosition, ChartSeriesBy, ChartType } from "../enums";

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

const CHART_TYPES = Object.values(ChartType) as string[];
const SERIES_BY = Object.values(ChartSeriesBy);
const LEGEND_POSITIONS = Object.values(ChartLegendPosition);

/** Excel's "Auto": series by columns unless the range has more columns than rows. */
function seriesOrientation(seriesBy: string, rect: Rect): string {
  if (seriesBy !== "Auto") return seriesBy;
  return rect.columnCount > rect.rowCount ? "Rows" : "Columns";
}

function resolveSource(
  source: RangeProxy | string,
  sheet: SheetModel,
  state: SyncState,
): { sheet: SheetModel; rect: Rect } {
  if (source instanceof RangeProxy) {
    const target = source._resolve(state);
    if (!target) throw invalidArgument("The chart source is a null object.");
    return target;
  }
  const target = state.model.resolveAddress(sheet, expectString(source, "sourceData"));
  if (!target) throw invalidArgument(`"${source}" is not a valid chart source.`);
  return target;
}

export class ChartCollectionProxy extends ClientCollection<SheetModel, ChartProxy> {
  protected readonly _typeName = "ChartCollection";

  protected _list(sheet: SheetModel): ChartProxy[] {
    return sheet.charts.map((chart) =>
      new ChartProxy(this.context, `${this._path}.getItem(${chart.name})`, () => ({ sheet, chart }))._pin({
        sheet,
        chart,
      }),
    );
  }

  private proxy(path: string, find: (sheet: SheetModel) => ChartModel | null, nullable = false): ChartProxy {
    return new ChartProxy(
      this.context,
      `${this._path}.${path}`,
      (state) => {
        const sheet = this._resolve(state);
        if (!sheet) return null;
        const chart = find(sheet);
        return chart ? { sheet, chart } : null;
      },
      nullable,
    );
  }

  /** `add(Excel.ChartType.columnClustered, range, Excel.ChartSeriesBy.auto)`. */
  add(type: string, sourceData: RangeProxy | string, seriesBy = "Auto"): ChartProxy {
    const created: { chart?: ChartModel } = {};
    this._call(
      "add",
      [type, sourceData instanceof RangeProxy ? sourceData._path : sourceData, seriesBy],
      (sheet, state) => {
        created.chart = state.model.edit(sheet).addChart(() => {
          const source = resolveSource(sourceData, sheet, state);
          return {
            name: `Chart ${sheet.charts.length + 1}`,
            type: expectOneOf(type, CHART_TYPES, "type"),
            source: source.rect,
            seriesBy: seriesOrientation(expectOneOf(seriesBy, SERIES_BY, "seriesBy"), source.rect),
            title: { text: "" },
            legend: { visible: true, position: "Right" },
            axes: { category: { title: "" }, value: { title: "" } },
            position: { start: "" },
            size: { top: 0, left: 0, width: 360, height: 216 },
          };
        });
      },
    );
    return this.proxy(`add(${type})`, () => {
      if (!created.chart) throw itemNotFound("The chart was not created.");
      return created.chart;
    });
  }

  getItem(name: string): ChartProxy {
    return this.proxy(`getItem(${name})`, (sheet) => {
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw itemNotFound(`No chart named "${name}".`);
      return chart;
    });
  }

  getItemOrNullObject(name: string): ChartProxy {
    return this.proxy(
      `getItemOrNullObject(${name})`,
      (sheet) => sheet.charts.find((c) => c.name === name) ?? null,
      true,
    )._instantiate();
  }
}

abstract class ChartPart extends ClientObject<ChartTarget> {
  protected override _isAlive(target: ChartTarget, state: SyncState): boolean {
    return state.model.isAlive(target.sheet) && target.sheet.charts.includes(target.chart);
  }

  protected update<V>(name: string, value: V, apply: (chart: ChartModel, sheet: SheetModel) => void): void {
    this._set(name, value, ({ sheet, chart }, state) =>
      state.model.edit(sheet).changeChart(chart, () => apply(chart, sheet)),
    );
  }

  protected part<C extends ClientObject<unknown>>(
    name: string,
    make: (path: string, resolver: (state: SyncState) => ChartTarget | null) => C,
  ): C {
    return this._child(name, () => make(`${this._path}.${name}`, (s) => this._resolve(s)));
  }
}

export class ChartProxy extends ChartPart {
  protected readonly _typeName = "Chart";
  protected readonly _scalarProperties = ["name", "chartType", "sourceAddress"] as const;

  protected _read({ sheet, chart }: ChartTarget, name: string): unknown {
    switch (name) {
      case "name":
        return chart.name;
      case "chartType":
        return chart.type;
      // Host-only: office.js has no direct property for the source data.
      case "sourceAddress":
        return formatAddress(sheet.name, chart.source);
    }
    throw invalidArgument(`Chart has no property "${name}".`);
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this.update("name", value, (chart, sheet) => {
      const name = expectString(value, "name");
      if (sheet.charts.some((c) => c !== chart && c.name === name))
        throw invalidArgument(`A chart named "${name}" exists.`);
      chart.name = name;
    });
  }
  get chartType(): string {
    return this._get("chartType");
  }
  get sourceAddress(): string {
    return this._get("sourceAddress");
  }

  get title(): ChartTitleProxy {
    return this.part(
      "title",
      (p, r) => new ChartTitleProxy(this.context, p, r, (c) => c.title, "ChartTitle"),
    );
  }
  get legend(): ChartLegendProxy {
    return this._nested("legend", ChartLegendProxy);
  }
  get axes(): ChartAxesProxy {
    return this._nested("axes", ChartAxesProxy);
  }

  /** Places the chart over a cell range ("B2" or "B2:H15"). */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const describe = (cell: RangeProxy | string) => (cell instanceof RangeProxy ? cell._path : cell);
    this._call(
      "setPosition",
      endCell === undefined ? [describe(startCell)] : [describe(startCell), describe(endCell)],
      ({ sheet, chart }, state) =>
        state.model.edit(sheet).changeChart(chart, () => {
          const start = resolveSource(startCell, sheet, state);
          chart.position = {
            start:
              formatAddress(start.sheet.name, { ...start.rect, rowCount: 1, columnCount: 1 }).split("!")[1] ??
              "",
          };
          chart.size.top = start.rect.row * 15;
          chart.size.left = start.rect.column * 48;
          if (endCell !== undefined) {
            const end = resolveSource(endCell, sheet, state);
            const lastRow = end.rect.row + end.rect.rowCount - 1;
            const lastColumn = end.rect.column + end.rect.columnCount - 1;
            chart.position.end =
              formatAddress(end.sheet.name, {
                row: lastRow,
                column: lastColumn,
                rowCount: 1,
                columnCount: 1,
              }).split("!")[1] ?? "";
            chart.size.height = Math.max(1, (lastRow - start.rect.row + 1) * 15);
            chart.size.width = Math.max(1, (lastColumn - start.rect.column + 1) * 48);
          }
        }),
    );
  }
}

/** A title: the chart's, or an axis's (`pick` chooses which record). */
export class ChartTitleProxy extends ChartPart {
  protected readonly _scalarProperties = ["text"] as const;

  constructor(
    context: RequestContext,
    path: string,
    resolver: (state: SyncState) => ChartTarget | null,
    private readonly pick: (chart: ChartModel) => { text?: string; title?: string },
    protected readonly _typeName: string,
  ) {
    super(context, path, resolver);
  }

  protected _read({ chart }: ChartTarget, name: string): unknown {
    const record = this.pick(chart);
    if (name === "text") return record.text ?? record.title ?? "";
    throw invalidArgument(`${this._typeName} has no property "${name}".`);
  }

  get text(): string {
    return this._get("text");
  }
  set text(value: string) {
    this.update("text", value, (chart) => {
      const record = this.pick(chart);
      const text = expectString(value, "text");
      if ("title" in record) record.title = text;
      else record.text = text;
    });
  }
}

export class ChartLegendProxy extends ChartPart {
  protected readonly _typeName = "ChartLegend";
  protected readonly _scalarProperties = ["position"] as const;

  protected _read({ chart }: ChartTarget, name: string): unknown {
    if (name === "position") return chart.legend.position;
    throw invalidArgument(`ChartLegend has no property "${name}".`);
  }

  get position(): string {
    return this._get("position");
  }
  set position(value: string) {
    this.update(
      "position",
      value,
      (chart) => (chart.legend.position = expectOneOf(value, LEGEND_POSITIONS, "legend.position")),
    );
  }
}

export class ChartAxesProxy extends ChartPart {
  protected readonly _typeName = "ChartAxes";
  protected readonly _scalarProperties = [] as const;

  protected _read(): unknown {
    throw invalidArgument("ChartAxes has no scalar properties.");
  }

  private axis(name: string, key: string): ChartAxisProxy {
    return this.part(name, (p, r) => new ChartAxisProxy(this.context, p, r, key));
  }
  get valueAxis(): ChartAxisProxy {
    return this.axis("valueAxis", "value");
  }
}

export class ChartAxisProxy extends ChartPart {
  protected readonly _typeName = "ChartAxis";
  protected readonly _scalarProperties = [] as const;

  constructor(
    context: RequestContext,
    path: string,
    resolver: (state: SyncState) => ChartTarget | null,
    private readonly key: string,
  ) {
    super(context, path, resolver);
  }

  private record(chart: ChartModel): { title: string } {
    chart.axes[this.key] ??= { title: "" };
    return chart.axes[this.key] as { title: string };
  }

  protected _read(_target: ChartTarget, name: string): unknown {
    throw invalidArgument(`ChartAxis has no property "${name}".`);
  }

  get title(): ChartTitleProxy {
    return this.part(
      "title",
      (p, r) => new ChartTitleProxy(this.context, p, r, (chart) => this.record(chart), "ChartAxisTitle"),
    );
  }
}

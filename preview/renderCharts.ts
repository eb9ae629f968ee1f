import { Workbook } from "@iku-lakip/excel-host";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Draws the sheet's charts over the grid where Excel would place them, as simple column
 * charts of their source (categories in the first column, values in the second). The
 * host keeps charts as data; this is only so a person trying the preview sees them.
 */
export function renderCharts(
  container: HTMLElement,
  table: HTMLTableElement,
  workbook: Workbook,
  sheetName: string,
): void {
  container.style.position = "relative";
  for (const chart of workbook.sheet(sheetName).charts) {
    const start = table.querySelector<HTMLElement>(`td[data-address="${chart.position.start}"]`);
    const end = chart.position.end
      ? table.querySelector<HTMLElement>(`td[data-address="${chart.position.end}"]`)
      : null;
    if (!start) continue;
    const { sheet, address } = Workbook.splitAddress(chart.source);
    const data = workbook.read(sheet ?? sheetName, address).values.slice(1);
    const points = data
      .map(([label, value]) => ({
        label: String(label ?? ""),
        value: typeof value === "number" ? value : null,
      }))
      .filter((p) => p.label !== "");
    const left = start.offsetLeft;
    const top = start.offsetTop;
    const width = Math.max(320, end ? end.offsetLeft + end.offsetWidth - left : 480);
    const height = Math.max(200, end ? end.offsetTop + end.offsetHeight - top : 288);
    const max = Math.max(1, ...points.map((p) => p.value ?? 0));
    const plot = { x: 40, y: 32, w: width - 56, h: height - 80 };
    const box = svg("svg", { width, height, class: "pv-chart", role: "img", "aria-label": chart.title });
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    box.append(svg("rect", { x: 0, y: 0, width, height, fill: "#fff", stroke: "#d1d1d1" }));
    box.append(
      svg(
        "text",
        { x: width / 2, y: 20, "text-anchor": "middle", "font-size": 13, "font-weight": 600 },
        chart.title,
      ),
    );
    box.append(
      svg("line", {
        x1: plot.x,
        y1: plot.y + plot.h,
        x2: plot.x + plot.w,
        y2: plot.y + plot.h,
        stroke: "#999",
      }),
    );
    const step = plot.w / Math.max(1, points.length);
    points.forEach((p, i) => {
      const h = ((p.value ?? 0) / max) * plot.h;
      const x = plot.x + i * step + step * 0.15;
      box.append(svg("rect", { x, y: plot.y + plot.h - h, width: step * 0.7, height: h, fill: "#0f6cbd" }));
      box.append(
        svg(
          "text",
          {
            x: x + step * 0.35,
            y: plot.y + plot.h + 12,
            "text-anchor": "end",
            "font-size": 9,
            transform: `rotate(-45 ${x + step * 0.35} ${plot.y + plot.h + 12})`,
          },
          p.label,
        ),
      );
    });
    box.append(
      svg("text", { x: plot.x - 4, y: plot.y + 4, "text-anchor": "end", "font-size": 9 }, max.toFixed(0)),
    );
    box.append(svg("text", { x: plot.x - 4, y: plot.y + plot.h, "text-anchor": "end", "font-size": 9 }, "0"));
    container.append(box);
  }
}

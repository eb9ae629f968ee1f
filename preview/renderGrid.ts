import { cellAddress, columnLetter as letter, parseRange } from "../src/core/workbook/a1";
import { STRINGS } from "../src/taskpane/strings";
import type { Workbook } from "@iku-lakip/excel-host";
import { renderCharts } from "./renderCharts";

/** Excel measures widths and heights in points; the screen in CSS pixels. */
const PX_PER_PT = 96 / 72;
const MIN_ROWS = 30;
const MIN_COLS = 12;
const MAX_ROWS = 400;
const MAX_COLS = 40;

/** "A1:C3" → 0-based [row, col, rows, cols]. Addresses here come from the host, always valid. */
function rect(address: string): [number, number, number, number] {
  const r = parseRange(address) ?? { row: 0, col: 0, lastRow: 0, lastCol: 0 };
  return [r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1];
}

/** A typed entry the way Excel (en-US) reads it: a number, a formula, or text. */
function parseTyped(text: string): string | number {
  const t = text.trim();
  if (t === "") return "";
  if (t.startsWith("=")) return t;
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  return text;
}

export interface GridOptions {
  readonly onStatus: (message: string) => void;
  /** A click selected a cell of the grid. */
  readonly onSelect: (address: string) => void;
}

/**
 * Draws one sheet of the development workbook as an HTML table: values as Excel shows
 * them (number formats, errors), fills, bold, alignment, merges, widths. Every cell's
 * text is set with textContent, never as HTML. Typing into a cell writes it like a
 * user would (`workbook.write`), which the host refuses for locked cells.
 */
export function renderGrid(
  container: HTMLElement,
  workbook: Workbook,
  sheetName: string,
  options: GridOptions,
): void {
  const redraw = () => renderGrid(container, workbook, sheetName, options);
  const sheet = workbook.sheet(sheetName);
  const used: [number, number, number, number] = sheet.usedRange ? rect(sheet.usedRange) : [0, 0, 1, 1];
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, used[0] + used[2] + 5));
  const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, used[1] + used[3] + 2));
  const data = workbook.read(sheetName, `A1:${cellAddress(rows - 1, cols - 1)}`);
  const selection = workbook.selection();
  const selected = selection.sheet === sheetName ? rect(selection.address) : null;

  // Merged areas: the top-left cell spans, the others are skipped.
  const covered = new Set<string>();
  const spans = new Map<string, [number, number]>();
  for (const m of sheet.merges) {
    const [r, c, h, w] = rect(m);
    spans.set(`${r},${c}`, [h, w]);
    for (let i = r; i < r + h; i++)
      for (let j = c; j < c + w; j++) if (i !== r || j !== c) covered.add(`${i},${j}`);
  }

  const table = document.createElement("table");
  table.className = "pv-grid";
  table.setAttribute("data-sheet", sheetName);
  const colgroup = document.createElement("colgroup");
  const head = document.createElement("col");
  head.style.width = "40px";
  colgroup.append(head);
  const header = document.createElement("tr");
  header.append(document.createElement("th"));
  let tableWidth = 40;
  for (let c = 0; c < cols; c++) {
    const col = document.createElement("col");
    const width = Math.round((sheet.columnWidths[letter(c)] ?? 48) * PX_PER_PT);
    tableWidth += width;
    col.style.width = `${width}px`;
    colgroup.append(col);
    const th = document.createElement("th");
    th.textContent = letter(c);
    header.append(th);
  }
  // A fixed table as wide as its columns: Excel's widths, not the browser's stretching.
  table.style.width = `${tableWidth}px`;
  table.append(colgroup, header);

  for (let r = 0; r < rows; r++) {
    const tr = document.createElement("tr");
    const height = sheet.rowHeights[r + 1];
    if (height) tr.style.height = `${Math.round(height * PX_PER_PT)}px`;
    const th = document.createElement("th");
    th.className = "pv-rowhead";
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const td = document.createElement("td");
      const address = cellAddress(r, c);
      td.dataset["address"] = address;
      const span = spans.get(`${r},${c}`);
      if (span) {
        td.rowSpan = span[0];
        td.colSpan = span[1];
      }
      const value = data.values[r]?.[c];
      td.textContent = data.text[r]?.[c] ?? "";
      const hasContent = value !== "" && value !== null && value !== undefined;
      if (hasContent || span) {
        const f = workbook.displayFormat(sheetName, address);
        if (f.fill) td.style.background = f.fill;
        if (f.bold) td.style.fontWeight = "bold";
        if (f.italic) td.style.fontStyle = "italic";
        if (f.fontColor && f.fontColor !== "#000000") td.style.color = f.fontColor;
        if (f.fontSize && f.fontSize !== 11) td.style.fontSize = `${Math.round(f.fontSize * PX_PER_PT)}px`;
        const align = f.horizontalAlignment.toLowerCase();
        if (align === "center" || align === "right" || align === "left") td.style.textAlign = align;
        else if (typeof value === "number") td.style.textAlign = "right";
        if (f.wrapText) td.classList.add("pv-wrap");
      } else {
        const f = workbook.cellFormat(sheetName, address);
        if (f.fill) td.style.background = f.fill;
      }
      // Like Excel, text runs on over empty neighbours instead of being cut at the border.
      const right = data.values[r]?.[c + 1];
      if (
        typeof value === "string" &&
        value !== "" &&
        !span &&
        (right === "" || right === null || right === undefined) &&
        !covered.has(`${r},${c + 1}`)
      ) {
        td.classList.add("pv-spill");
      }
      if (data.errors[r]?.[c]) {
        td.classList.add("pv-error");
        td.title = data.errors[r]?.[c]?.message ?? "";
      }
      if (selected && r === selected[0] && c === selected[1]) td.classList.add("pv-selected");
      tr.append(td);
    }
    table.append(tr);
  }

  // A click selects in place (no redraw), so a double click lands on the same cell.
  table.addEventListener("click", (event) => {
    const td = (event.target as HTMLElement).closest("td");
    const address = td?.dataset["address"];
    if (!td || !address) return;
    table.querySelector(".pv-selected")?.classList.remove("pv-selected");
    td.classList.add("pv-selected");
    options.onSelect(address);
  });
  table.addEventListener("dblclick", (event) => {
    const td = (event.target as HTMLElement).closest("td");
    if (td) edit(td);
  });
  table.tabIndex = 0;
  table.addEventListener("keydown", (event) => {
    // Typing on a selected cell starts editing it, as in Excel.
    if (event.target instanceof HTMLInputElement) return;
    const td = table.querySelector<HTMLElement>("td.pv-selected");
    if (!td || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "F2" || event.key.length === 1)
      edit(td, event.key.length === 1 ? event.key : undefined);
    if (event.key.length === 1) event.preventDefault();
  });

  function edit(td: HTMLElement, typed?: string): void {
    const address = td.dataset["address"];
    if (!address || td.querySelector("input")) return;
    const [r, c] = rect(address);
    const input = document.createElement("input");
    const formula = data.formulas[r]?.[c];
    input.value = typed ?? (formula === null || formula === undefined ? "" : String(formula));
    td.replaceChildren(input);
    input.focus();
    let done = false;
    const commit = () => {
      if (done) return;
      done = true;
      try {
        workbook.write(sheetName, address, [[parseTyped(input.value)]]);
        options.onStatus("");
      } catch (e) {
        const locked =
          typeof e === "object" && e !== null && (e as { code?: unknown }).code === "AccessDenied";
        options.onStatus(
          locked
            ? STRINGS.id.previewCellLocked(address)
            : `Tidak dapat menulis: ${e instanceof Error ? e.message : String(e)}`,
        );
        redraw();
      }
    };
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") commit();
      if (e.key === "Escape") {
        done = true;
        redraw();
      }
    });
    input.addEventListener("blur", commit, { once: true });
  }

  container.replaceChildren(table);
  renderCharts(container, table, workbook, sheetName);
}

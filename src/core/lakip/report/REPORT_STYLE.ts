import { PALETTE } from "../../workbook/PALETTE";
import type { CellFormat } from "../../workbook/SheetPlan";

/** How every report sheet looks: one style for the LAKIP sheet and the reports to come. */
export const REPORT_STYLE = {
  /** A section's title ("A. Pengukuran Kinerja …"). */
  sectionTitle: { bold: true, fontSize: 12 },
  header: {
    bold: true,
    fill: PALETTE.reportHeader,
    horizontal: "Center",
    vertical: "Center",
    wrap: true,
    border: true,
  },
  body: { border: true, vertical: "Top" },
  wrap: { wrap: true, vertical: "Top" },
  /** A figure that is not a number ("belum diisi", "tidak valid", …): grey, like a formula cell. */
  notANumber: { fill: PALETTE.formula, fontColor: PALETTE.reportNoteFont },
  /** The report's title lines, then its subtitle lines and its small print. */
  title: { bold: true, fontSize: 14, horizontal: "Center" },
  subtitle: { bold: true, fontSize: 12, horizontal: "Center" },
  smallPrint: { italic: true, fontColor: PALETTE.reportNoteFont },
  total: { bold: true },
} as const satisfies Record<string, CellFormat>;

/** en-US number formats of report figures. */
export const NUMBER_FORMAT = {
  /** A whole count. */
  count: "#,##0",
  /** Capaian, shares and ratios, with the decimals the report prints (Pengaturan's IKU_Desimal): "0.00" for 2. */
  decimals: (d: number): string => (d > 0 ? `0.${"0".repeat(d)}` : "0"),
  /** A count that is not whole, with those decimals: "#,##0.00" for 2. */
  countWithDecimals: (d: number): string => (d > 0 ? `#,##0.${"0".repeat(d)}` : "#,##0"),
} as const;

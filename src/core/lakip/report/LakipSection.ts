import type { ReportBlock } from "./ReportBlock";
import type { ReportContext } from "./ReportContext";

/**
 * A section of a report sheet: the report's facts in, a block of rows out, or `null` when
 * the workbook has nothing the section reads (an Anggaran sheet before template version 4):
 * it is left out and the letters close up. A report is a list of sections (see
 * LAKIP_SECTIONS); adding one is a new file and one line there.
 */
export type LakipSection = (ctx: ReportContext) => ReportBlock | null;

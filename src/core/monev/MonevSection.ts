import type { ReportBlock } from "../lakip/report/ReportBlock";
import type { MonevContext } from "./MonevContext";

/** A section of the Monev sheet: the quarter's facts in, a block of rows out (see MONEV_SECTIONS). */
export type MonevSection = (ctx: MonevContext) => ReportBlock;

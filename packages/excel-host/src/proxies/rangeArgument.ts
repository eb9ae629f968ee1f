/*
 * A range given as an argument (freezeAt, setPrintArea, ...): a Range proxy or an
 * address on the sheet, resolved at sync.
 */
import { invalidArgument } from "../errors";
import type { SheetModel } from "../model/SheetModel";
import type { SyncState } from "../RequestContext";
import { expectString } from "../values";
import { RangeProxy, type RangeTarget } from "./RangeProxy";

/** A range argument: a Range proxy or an address on this sheet. Resolved at sync. */
export type RangeArgument = RangeProxy | string;

export function resolveRangeArgument(
  sheet: SheetModel,
  argument: RangeArgument,
  state: SyncState,
): RangeTarget {
  if (argument instanceof RangeProxy) {
    const target = argument._resolve(state);
    if (!target) throw invalidArgument("The range is a null object.");
    return target;
  }
  const resolved = state.model.resolveAddress(sheet, expectString(argument, "The address"));
  if (!resolved) throw invalidArgument(`"${argument}" is not a valid address.`);
  return resolved;
}

/** How the argument appears in the request, for batch accounting. */
export function rangeArgumentJson(argument: RangeArgument): string {
  return argument instanceof RangeProxy ? argument._path : String(argument);
}

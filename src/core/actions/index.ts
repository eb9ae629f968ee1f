// The user actions: each a read in phases and one pure decision (see Action).
export type { Action, ActionResult, ActionStep } from "./Action";
export { performAction, type Shell } from "./performAction";
export { setupTemplate, templateSnapshot, type SetupTemplateOptions } from "./setupTemplate";
export {
  bidangCheckRead,
  validate,
  workbookSnapshot,
  type NoOptions,
  type ValidationReport,
} from "./validate";
export { generateLakip, type GenerateLakipOptions, type GenerateLakipResult } from "./generateLakip";

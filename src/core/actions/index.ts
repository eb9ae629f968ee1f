// The user actions: each a read in phases and one pure decision (see Action).
export type { Action, ActionResult, ActionStep } from "./Action";
export { performAction, type PerformSettings, type Shell, type WriteResult } from "./performAction";
export type {
  ActionFailure,
  ActionOutcome,
  FailureCode,
  Recovery,
  WriteNotice,
  WriteProblem,
} from "./ActionOutcome";
export { preflight } from "./preflight";
export { planRecovery, recoveryRead } from "./planRecovery";
export { newRunId, withJournal } from "./withJournal";
export { setupTemplate, templateSnapshot, type Adoption, type SetupTemplateOptions } from "./setupTemplate";
export {
  bidangCheckRead,
  validate,
  workbookSnapshot,
  type NoOptions,
  type ValidationReport,
} from "./validate";
export { generateLakip, type GenerateLakipOptions, type GenerateLakipResult } from "./generateLakip";

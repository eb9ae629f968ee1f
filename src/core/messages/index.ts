// The message catalogues: every problem the core reports as data, worded per language.
export type { Wording } from "./Messages";
export { wordOf } from "./Messages";
export { id } from "./id";
export { en } from "./en";
export {
  formatCatalogIssues,
  formatCatalogProblem,
  formatFileProblem,
  formatIssue,
  MESSAGES,
} from "./formatIssue";

// The message catalogues: every problem the core reports as data, worded per language.
export type { Messages, Wording } from "./Messages";
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
// The task pane's way to them: one language, loaded when first needed (a chunk each).
export { loadedMessages, loadMessages } from "./loadMessages";

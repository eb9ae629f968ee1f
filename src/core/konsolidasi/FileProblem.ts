/**
 * Why a file named for the consolidation could not be read at all. Not a `ValidationIssue`
 * (those are problems inside a workbook, at a sheet and cell): the file is missing, or it
 * is not an .xlsx workbook. Typed data like the issues, worded by the message catalogues
 * (`formatFileProblem`), in the consolidation sheet and on the command line alike.
 */
export type FileProblem =
  | { readonly code: "fileNotFound" }
  /** `detail`: the reader's own reason, as it gave it (the zip or XML that failed). */
  | { readonly code: "notAWorkbook"; readonly detail: string };

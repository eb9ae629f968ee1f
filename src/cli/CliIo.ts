/** What a command talks to: injected, so tests run commands in-process and as a child process alike. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  readonly interactive: boolean;
  readonly now: () => Date;
}

/** A problem with how the tool was called or with a file: printed as one line, exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export const EXIT = {
  ok: 0,
  /** A galat in the workbook (validasi, lakip), or no agency left to consolidate. */
  galat: 1,
  /** Wrong usage or a file that cannot be read or written. */
  usage: 2,
} as const;

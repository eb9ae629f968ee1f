/**
 * A progress bar for long runs, drawn on stderr only when it is a terminal: a pipe or a
 * log file gets nothing (it would fill with carriage returns).
 */
export function progressBar(
  total: number,
  write: (text: string) => void,
  interactive: boolean,
): { tick(label: string): void; done(): void } {
  let n = 0;
  const width = 24;
  return {
    tick(label) {
      n++;
      if (!interactive) return;
      const filled = Math.round((n / Math.max(1, total)) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${n}/${total} ${name}\x1b[K`);
    },
    done() {
      if (interactive && n > 0) write("\r\x1b[K");
    },
  };
}

/**
 * The task pane's bundle (taskpane.js) must stay within 50 KiB gzip: it loads each time the
 * pane opens, often on a slow office connection. build.test.ts fails past it; `npm run
 * bench` prints the size and what takes the room.
 */
export const TASKPANE_GZIP_BUDGET = 50 * 1024;

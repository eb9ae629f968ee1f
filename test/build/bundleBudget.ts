/**
 * The task pane's bundle (taskpane.js) must stay within 50 KiB gzip: it loads each time the
 * pane opens (in the shared runtime, each time Excel starts with the add-in), often on a
 * slow office connection. The template planner and the report builder load only when
 * their button is first pressed (chunks template.js and lakip.js), the writer with the
 * first write (write.js), and the message catalogue of the language shown with the first
 * action (messages-id.js or messages-en.js): each within its own budget, so none grows unseen. build.test.ts fails past any of them; `npm run bench`
 * prints the sizes and what takes the room.
 */
export const TASKPANE_GZIP_BUDGET = 50 * 1024;

/**
 * Each chunk the pane loads on first use, gzip: an action's (template.js, lakip.js, write.js)
 * or one language's messages (messages-id.js, messages-en.js).
 */
export const ACTION_CHUNK_GZIP_BUDGET = 16 * 1024;

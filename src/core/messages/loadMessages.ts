import type { Locale, Messages } from "./Messages";

/**
 * The message catalogues one language at a time, for the task pane. Each catalogue is a
 * webpack chunk of its own (messages-id.js, messages-en.js): the pane words results only
 * after an action, which is asynchronous anyway, and only in the language it shows, so
 * neither catalogue needs to weigh on the pane's bundle, which loads on every start of
 * Excel. The command line and the tests keep the synchronous `MESSAGES` (formatIssue.ts).
 */
const loaded = new Map<Locale, Messages>();
const loading = new Map<Locale, Promise<Messages>>();

/**
 * The catalogue of `locale`, loaded on first call and kept. A load that fails (its chunk
 * did not arrive) is not kept: the next call tries again.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = importCatalogue(locale).then(
      (messages) => {
        loaded.set(locale, messages);
        loading.delete(locale);
        return messages;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The catalogue of `locale` if `loadMessages` has brought it in, else undefined. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/**
 * One literal `import()` per language, so that webpack makes each its own named chunk.
 * Destructured where imported: webpack then knows which export each chunk must keep.
 */
async function importCatalogue(locale: Locale): Promise<Messages> {
  if (locale === "id") {
    const { id } = await import(/* webpackChunkName: "messages-id" */ "./id");
    return id;
  }
  const { en } = await import(/* webpackChunkName: "messages-en" */ "./en");
  return en;
}

// Builds a localized custom-functions metadata file (functions-en-us.json) from the one
// custom-functions-metadata-plugin generates from the JSDoc (Indonesian), as Excel's
// localization asks: one complete metadata file per language, the manifest's
// Functions.Metadata.Url pointing at it with a <bt:Override Locale>. Ids, names, types and
// parameters stay the same; only descriptions and the help link change. A function or a
// parameter without a translation (or a translation of one that no longer exists) fails.
// Used by webpack.config.js; tested in test/functions/localizeFunctions.test.ts.

/**
 * @typedef {{ description: string, helpAnchor: string, parameters: Record<string, string> }} Translation
 * @param {string} json the generated functions.json
 * @param {Record<string, Translation>} translations by function id
 * @param {string} helpPage the help page's URL (its anchor is replaced by the translation's)
 * @returns {string} the localized functions.json
 */
function localizeFunctions(json, translations, helpPage) {
  const meta = JSON.parse(json);
  const problems = [];
  const ids = new Set(meta.functions.map((f) => f.id));
  for (const id of Object.keys(translations))
    if (!ids.has(id)) problems.push(`a translation for ${id}, which is not a function`);
  for (const fn of meta.functions) {
    const t = translations[fn.id];
    if (!t) {
      problems.push(`no translation for ${fn.id}`);
      continue;
    }
    fn.description = t.description;
    fn.helpUrl = `${helpPage.split("#")[0]}#${t.helpAnchor}`;
    const names = new Set((fn.parameters ?? []).map((p) => p.name));
    for (const name of Object.keys(t.parameters))
      if (!names.has(name))
        problems.push(`${fn.id}: a translation for parameter ${name}, which it does not have`);
    for (const p of fn.parameters ?? []) {
      const text = t.parameters[p.name];
      if (!text) problems.push(`${fn.id}: no translation for parameter ${p.name}`);
      else p.description = text;
    }
  }
  if (problems.length > 0) throw new Error(`functions metadata translation: ${problems.join("; ")}`);
  return JSON.stringify(meta, null, 4);
}

module.exports = { localizeFunctions };

/*
 * Webpack loader for the task pane's own stylesheet (imported as a string, `asset/source`):
 * drops comments and collapses whitespace, so the bundle carries the rules, not their
 * explanations. Quoted strings (`content: " ✓"`, font names) are kept as written. Used in
 * every mode, so the end-to-end tests run the stylesheet that ships.
 */
const STRING = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;

function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split(STRING)
    .map((part, i) =>
      // Odd parts are the strings captured by the split.
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, " ")
            .replace(/\s*([{};,>])\s*/g, "$1")
            // After a colon only: "a :hover" (space before) is a different selector.
            .replace(/: /g, ":")
            .replace(/;}/g, "}"),
    )
    .join("")
    .trim();
}

module.exports = function minifyCssLoader(source) {
  return minifyCss(source);
};
module.exports.minifyCss = minifyCss;

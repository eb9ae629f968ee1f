// jest stand-in for a .css import (webpack gives the text; the tests need none).
module.exports = { __esModule: true, default: "" };

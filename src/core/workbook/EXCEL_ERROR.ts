/**
 * Excel's error values as text: how `range.values` reports an error cell, and what Excel
 * reads as an error when it is typed (or written) into a cell.
 */
export const EXCEL_ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/i;

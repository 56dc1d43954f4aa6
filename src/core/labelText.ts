/**
 * The one rule for text a user gives us to show in a sheet (a tier or segment
 * label, a model name, a currency): characters a workbook cannot hold are
 * refused, with the position and code, instead of being dropped silently or
 * making the file unreadable. XML 1.0, which every part of an .xlsx is, forbids
 * the C0 control characters other than tab and line breaks, the lone halves of
 * surrogate pairs and the non-characters U+FFFE and U+FFFF (ECMA-376 stores
 * shared strings as XML text); a label is one line, so tab and line breaks are
 * refused too, as are DEL and the C1 controls, which print as nothing.
 */

import { msg, type Message } from "./i18n";

/** C0 and C1 controls, DEL, lone surrogates, and the non-characters U+FFFE / U+FFFF. */
const FORBIDDEN =
  // Matching control characters is this regular expression's whole purpose.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

const codePoint = (ch: string) =>
  "U+" + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");

/** Why `text` cannot be a label ("must not contain the control character U+0007 (at position 3) ..."), or null. */
export function labelCharacterProblem(text: string): Message | null {
  const match = FORBIDDEN.exec(text);
  if (match === null) return null;
  const ch = match[0];
  const where = { code: codePoint(ch), position: match.index + 1 };
  if (ch === "\t" || ch === "\n" || ch === "\r") return msg("model.label.lineBreak", where);
  if (ch === "\ufffe" || ch === "\uffff") return msg("model.label.nonCharacter", where);
  if (/[\ud800-\udfff]/.test(ch)) return msg("model.label.surrogate", where);
  return msg("model.label.control", where);
}

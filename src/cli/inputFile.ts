/**
 * Reading what a user hands a command, and reporting what is wrong with it, the
 * same way in every `mkt` command (discount, sheet, budget, share):
 *  - `readInputText` reads a file, or standard input when the name is `-`, and
 *    drops a UTF-8 byte-order mark (Windows editors such as Notepad write one;
 *    JSON.parse refuses it);
 *  - `printProblems` prints at most MAX_PRINTED_PROBLEMS messages and says how
 *    many more there are, so 20,000 bad entries do not bury the first mistake.
 * Labels inside the file are checked by core's labelCharacterProblem.
 */
import type { CliIo } from "./io";
import { t } from "../core/i18n";

/** U+FEFF at the very start of a file is a byte-order mark, not text. */
const BYTE_ORDER_MARK = "\ufeff";
/** The name that stands for standard input, as in most command-line tools. */
export const STANDARD_INPUT = "-";
/**
 * A screenful: enough to show every mistake of a hand-written file (a model has
 * at most 20 tiers), few enough that the first lines stay in view.
 */
export const MAX_PRINTED_PROBLEMS = 20;

export function withoutByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
}

/** The text of `path` (standard input for "-"), without a byte-order mark. Rejects as io.readFile does. */
export async function readInputText(path: string, io: CliIo): Promise<string> {
  return withoutByteOrderMark(await io.readFile(path));
}

/** How an input is named in messages: "standard input" for "-". */
export function inputName(path: string): string {
  return path === STANDARD_INPUT ? t("cli.input.standardInput") : path;
}

/** Prints `header`, then the first MAX_PRINTED_PROBLEMS messages indented, then "... and N more". */
export function printProblems(io: CliIo, header: string, messages: readonly string[]): void {
  io.err(header);
  for (const message of messages.slice(0, MAX_PRINTED_PROBLEMS)) io.err(`  ${message}`);
  const more = messages.length - MAX_PRINTED_PROBLEMS;
  if (more > 0) io.err(`  ${t("cli.input.more", { count: more })}`);
}

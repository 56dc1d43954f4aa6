/**
 * `mkt`: the add-in's maths from a terminal, for scripting and for checking a
 * figure without Excel.
 *   mkt --list                         the function catalogue
 *   mkt <FUNCTION> <arg> …             evaluate one catalogue function
 *   mkt discount solve|build …         the discount-optimisation engine
 *   mkt sheet KIND …                   a guided model sheet as an .xlsx
 *   mkt budget solve|build …           the budget-allocation engine
 *   … --lang en|ru|kk                  messages in that language (else from LANG)
 *   mkt share --input … --out …        MKT formulas of a workbook become native
 * Dispatch only; each family of commands lives in its own module.
 */
import { promises as fs } from "fs";
import { CliIo, EXIT } from "./io";
import { writeFileAtomic } from "./writeFileAtomic";
import { STANDARD_INPUT } from "./inputFile";
import { runFunctionCommand, runListCommand } from "./functionCommand";
import { runDiscountCommand } from "./discountCommand";
import { runSheetCommand } from "./sheetCommand";
import { runBudgetCommand } from "./budgetCommand";
import { chooseLanguage } from "./language";
import { setLocale, t } from "../core/i18n";
import { loadEveryLanguage } from "../core/everyLanguage";
import { runShareCommand } from "./shareCommand";

/** All of standard input as UTF-8 (a piped file, or what is typed up to Ctrl+D). */
async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  readFile: (path) => (path === STANDARD_INPUT ? readStandardInput() : fs.readFile(path, "utf8")),
  readBytes: async (path) => new Uint8Array(await fs.readFile(path)),
  // Complete or not at all: a full disk never leaves a broken or half-written file.
  writeFile: (path, data, options) => writeFileAtomic(path, data, options),
};

export async function main(
  argv: readonly string[],
  io: CliIo = nodeIo,
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<number> {
  loadEveryLanguage(); // the command line is in Node: every language, no download
  const language = chooseLanguage(argv, env);
  if (!language.ok) {
    io.err(t("cli.lang.invalid", { value: language.value }));
    return EXIT.usage;
  }
  setLocale(language.locale);
  const [command, ...rest] = language.rest;
  if (command === undefined || command === "--help" || command === "-h") {
    (command === undefined ? io.err : io.out)(t("cli.usage"));
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--list") return runListCommand(io);
  if (command === "discount") return runDiscountCommand(rest, io);
  if (command === "share") return runShareCommand(rest, io);
  if (command === "sheet") return runSheetCommand(rest, io);
  if (command === "budget") return runBudgetCommand(rest, io);
  return runFunctionCommand(command, rest, io);
}

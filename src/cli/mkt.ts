/**
 * `mkt`: the add-in's maths from a terminal, for scripting and for checking a
 * figure without Excel.
 *   mkt --list                         the function catalogue
 *   mkt <FUNCTION> <arg> …             evaluate one catalogue function
 *   mkt discount solve|build …         the discount-optimisation engine
 * Dispatch only; each family of commands lives in its own module.
 */
import { promises as fs } from "fs";
import { CliIo, EXIT } from "./io";
import { writeFileAtomic } from "./writeFileAtomic";
import { runFunctionCommand, runListCommand } from "./functionCommand";
import { runDiscountCommand } from "./discountCommand";

const USAGE = [
  "usage: mkt --list",
  "       mkt <FUNCTION> <arg> ...      e.g. mkt ROMI 150000 50000 0.4",
  "       mkt discount solve --input FILE.json [--json]",
  "       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]",
  "Ranges are JSON arrays ('[[100],[50]]'); an omitted optional argument is ''.",
].join("\n");

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  readFile: (path) => fs.readFile(path, "utf8"),
  // Complete or not at all: a full disk never leaves a broken or half-written file.
  writeFile: (path, data, options) => writeFileAtomic(path, data, options),
};

export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h") {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--list") return runListCommand(io);
  if (command === "discount") return runDiscountCommand(rest, io);
  return runFunctionCommand(command, rest, io);
}

/** The examples of examples/*.json (their one home), validated as the CLI and the pane read them. */
import { readFileSync } from "fs";
import { join } from "path";
import type { Checked } from "../../../src/core/fieldValidation";
import { fieldErrorText } from "../../../src/core/fieldValidation";

export function example<T>(file: string, validate: (raw: unknown) => Checked<T>): T {
  const checked = validate(readFileSync(join(__dirname, "../../../examples", file), "utf8"));
  if (!checked.ok)
    throw new Error(`${file}: ${checked.errors.map((e) => fieldErrorText(e)).join("; ")}`);
  return checked.value;
}

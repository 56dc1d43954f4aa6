/**
 * Localised custom-function metadata: functions-ru.json and functions-kk.json,
 * made from the functions.json the metadata plugin generates from the JSDoc
 * (which does not localise) and the catalogue's translations. Excel localises
 * only a function's and a parameter's `name` and `description` from these
 * files; we translate the descriptions and keep every id and name English, so
 * a workbook typed in one language computes the same in every other. Each
 * function's help link points at the help page in the same language. The
 * manifest offers each file with `<bt:Override Locale="ru-RU">` / `"kk-KZ"`.
 *
 * The build (webpack.config.js) calls `localizeFunctionsMetadata`;
 * `npx tsx scripts/functionMetadataLocales.ts dist` regenerates the files
 * beside an existing dist/functions.json.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { findEntry } from "../src/core/catalogue";
import { entryHelp } from "../src/core/catalogue/translations";
import { loadEveryLanguage } from "../src/core/everyLanguage";
import { TRANSLATED_LANGUAGES, TranslatedLanguage } from "../src/core/language";
import { helpPagePath } from "./functionDocs";

// The metadata is written in every language at once.
loadEveryLanguage();

/** Where each language's metadata is served, beside functions.json. */
export const metadataFileFor = (language: TranslatedLanguage): string =>
  `functions-${language}.json`;

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters?: { name: string; description?: string }[];
  [key: string]: unknown;
}

interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

function localizeFunction(fn: FunctionMetadata, language: TranslatedLanguage): FunctionMetadata {
  const entry = findEntry(fn.id);
  if (!entry) return fn; // not in the catalogue: the registration tests report it
  const help = entryHelp(entry, language);
  const byName = new Map(help.args.map((arg) => [arg.name, arg.description]));
  return {
    ...fn,
    description: help.summary,
    helpUrl: fn.helpUrl?.replace(helpPagePath("en"), helpPagePath(language)),
    parameters: fn.parameters?.map((p) => ({
      ...p,
      description: byName.get(p.name) ?? p.description,
    })),
  };
}

/** functions.json text in, the same metadata with `language` descriptions and help links out. */
export function localizeFunctionsMetadata(json: string, language: TranslatedLanguage): string {
  const metadata = JSON.parse(json) as FunctionsMetadata;
  const localized: FunctionsMetadata = {
    ...metadata,
    functions: metadata.functions.map((fn) => localizeFunction(fn, language)),
  };
  return JSON.stringify(localized, null, 2);
}

if (require.main === module) {
  const dir = process.argv[2] ?? "dist";
  const source = readFileSync(join(dir, "functions.json"), "utf8");
  for (const language of TRANSLATED_LANGUAGES) {
    const out = join(dir, metadataFileFor(language));
    writeFileSync(out, localizeFunctionsMetadata(source, language));
    process.stdout.write(`wrote ${out}\n`);
  }
}

/**
 * The localised metadata is the plugin's functions.json with translated
 * descriptions and help links, everything else (ids, names, types, options,
 * unknown fields) untouched; a function outside the catalogue stays English.
 */
import { localizeFunctionsMetadata } from "../../scripts/functionMetadataLocales";
import { TRANSLATIONS } from "../../src/core/everyLanguage";

const METADATA = {
  functions: [
    {
      id: "ROMI",
      name: "ROMI",
      description: "Return on marketing investment ...",
      helpUrl: "https://example.com/mkt/help/functions.html#romi",
      result: { type: "any" },
      parameters: [
        { name: "incremental_revenue", description: "en", type: "any" },
        { name: "marketing_cost", description: "en", type: "any" },
        { name: "gross_margin", description: "en", type: "any", optional: true },
      ],
      options: { requiresAddress: false },
    },
    { id: "NOT_OURS", name: "NOT_OURS", description: "stays", parameters: [], result: {} },
  ],
  extra: 1,
};

describe("localizeFunctionsMetadata", () => {
  const ru = JSON.parse(localizeFunctionsMetadata(JSON.stringify(METADATA), "ru"));
  const romi = TRANSLATIONS.ru.entries.ROMI;

  it("translates the function's and each parameter's description", () => {
    expect(ru.functions[0].description).toBe(romi.summary);
    expect(ru.functions[0].parameters.map((p: { description: string }) => p.description)).toEqual([
      romi.args.incremental_revenue.description,
      romi.args.marketing_cost.description,
      romi.args.gross_margin.description,
    ]);
  });

  it("keeps ids, names, types, options and unknown fields", () => {
    expect(ru.functions[0]).toMatchObject({
      id: "ROMI",
      name: "ROMI",
      result: { type: "any" },
      options: { requiresAddress: false },
    });
    expect(ru.functions[0].parameters[2]).toMatchObject({ name: "gross_margin", optional: true });
    expect(ru.extra).toBe(1);
  });

  it("points the help link at the page in the same language, same anchor", () => {
    expect(ru.functions[0].helpUrl).toBe("https://example.com/mkt/help/ru/functions.html#romi");
    const kk = JSON.parse(localizeFunctionsMetadata(JSON.stringify(METADATA), "kk"));
    expect(kk.functions[0].helpUrl).toBe("https://example.com/mkt/help/kk/functions.html#romi");
  });

  it("leaves a function outside the catalogue as it is", () => {
    expect(ru.functions[1]).toEqual(METADATA.functions[1]);
  });
});

import { promises as fs } from "fs";
import { chooseLanguage } from "../../src/cli/language";
import { main } from "../../src/cli/mkt";
import { activeLocale, setLocale, translate } from "../../src/core/i18n";
import { recorder } from "./recorder";

afterEach(() => setLocale("en"));

describe("mkt --lang", () => {
  it.each([
    [["ROMI", "--lang", "ru", "1", "2", "3"], {}, "ru", ["ROMI", "1", "2", "3"]],
    [["--lang=kk", "--list"], {}, "kk", ["--list"]],
    [["--list"], { LANG: "ru_RU.UTF-8" }, "ru", ["--list"]],
    [["--list"], { LANG: "ru_RU.UTF-8", LC_ALL: "kk_KZ.UTF-8" }, "kk", ["--list"]],
    [["--list", "--lang", "en"], { LANG: "ru_RU.UTF-8" }, "en", ["--list"]],
    [["--list"], { LANG: "C" }, "en", ["--list"]],
    [["--list"], { LANG: "de_DE.UTF-8" }, "en", ["--list"]],
  ])("%j with %j speaks %s", (argv, env, locale, rest) => {
    expect(chooseLanguage(argv, env)).toEqual({ ok: true, locale, rest });
  });

  it("refuses an unknown --lang with a usage error naming it", async () => {
    const io = recorder();
    expect(await main(["--lang", "de", "--list"], io, {})).toBe(2);
    expect(io.stderr).toEqual([translate("en", "cli.lang.invalid", { value: "de" })]);
  });

  it("sets the language every message of the command is rendered in", async () => {
    const io = recorder();
    await main(["NO_SUCH_FUNCTION", "--lang", "kk"], io, {});
    expect(activeLocale()).toBe("kk");
    expect(io.stderr).toEqual([translate("kk", "cli.fn.unknown", { name: "NO_SUCH_FUNCTION" })]);
  });

  it("prints a function's help with --help --lang ru (the help in that language)", async () => {
    const io = recorder();
    expect(await main(["ROMI", "--help", "--lang", "ru"], io, {})).toBe(0);
    expect(io.stdout[0]).toMatch(/^MKT\.ROMI\(/);
    expect(io.stdout.at(-1)).toMatch(
      new RegExp("^" + translate("ru", "cli.fn.returns", { returns: "" }).trim())
    );
  });

  it("writes numbers of the discount report in the chosen language (decimal comma in ru)", async () => {
    const io = recorder();
    const code = await main(
      ["discount", "solve", "--input", "examples/sockets.json", "--lang", "ru"],
      { ...recorder({ readRealFiles: true }), out: io.out },
      {}
    );
    expect(code).toBe(0);
    const totals = io.stdout.find((l) => /3[\s\u00a0]470[\s\u00a0]000/.test(l));
    expect(totals).toBeDefined();
    expect(io.stdout.join("\n")).toMatch(/13,82[\s\u00a0]?%/);
  });

  it("names the field and the rule of a bad model in the chosen language (mkt discount solve --lang ru)", async () => {
    const model = JSON.parse(await fs.readFile("examples/sockets.json", "utf8")) as Record<
      string,
      unknown
    >;
    const io = {
      ...recorder(),
      readFile: async () => JSON.stringify({ ...model, listPrice: -0.5 }),
    };
    const code = await main(["discount", "solve", "--input", "bad.json", "--lang", "ru"], io, {});
    expect(code).toBe(2);
    expect(io.stderr).toContain("  listPrice должно быть > 0 (получено -0,5)");
  });

  it("says where a CSV cell is and what it must hold in the chosen language (mkt sheet --lang kk)", async () => {
    const csv = "store;group;category_sales;Jan\nA-1;North;много;1\n";
    const io = { ...recorder(), readFile: async () => csv };
    const args = [
      "sheet",
      "distribution",
      "--input",
      "audit.csv",
      "--out",
      "a.xlsx",
      "--lang",
      "kk",
    ];
    expect(await main(args, io, {})).toBe(2);
    expect(io.stderr).toContain(
      '  2-жол, category_sales бағаны: category_sales: сан қажет (алынған мән: "много")'
    );
  });
});

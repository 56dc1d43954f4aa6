/**
 * The solve and build steps every model command shares (runModelCommand),
 * with a toy model: what each step asks of the command and what it prints,
 * writes and exits with. The discount and budget commands' own tests run the
 * same steps with the real models.
 */
import { runModelCommand, type ModelCommand } from "../../src/cli/modelCommand";
import { EXIT } from "../../src/cli/io";
import { assembleSheetPlan } from "../../src/core/sheet/assemble";
import { block } from "../../src/core/sheet/place";
import { Collector, nonNegative } from "../../src/core/fieldValidation";
import { fakeIo } from "./fakeIo";
import { msg, render, type Message } from "../../src/core/i18n";

interface Toy {
  x: number;
}
type ToySolution = { status: "optimal"; best: number } | { status: "infeasible"; message: Message };
/** The toy's reason for no optimum: a message kept as data, as the real optimisers give it. */
const NOT_POSITIVE = msg("model.mustBePositive");

function toyCommand() {
  const plans: Array<{ language: string; values?: number[]; note?: string }> = [];
  const command: ModelCommand<Toy, ToySolution> = {
    command: "mkt toy",
    usage: () => "usage: mkt toy solve|build",
    invalid: (path) => `${path} is not a toy:`,
    // Through the real field rules, whatever shape their errors take.
    validate: (text) => {
      const input = JSON.parse(text) as Record<string, unknown>;
      const c = new Collector();
      const x = c.number(input, "x", "x", nonNegative);
      return c.errors.length === 0 ? { ok: true, model: { x } } : { ok: false, errors: c.errors };
    },
    optimise: ({ x }) =>
      x > 0 ? { status: "optimal", best: 2 * x } : { status: "infeasible", message: NOT_POSITIVE },
    jsonFields: ({ x }) => ({ x }),
    print: (_, s, io) =>
      io.out(s.status === "optimal" ? `best ${s.best}` : render("en", s.message)),
    optimum: (_, s) => ({ values: [s.best], note: `optimum ${s.best}` }),
    unsolved: (reason) => ({ warning: `${reason} Written as is.`, note: `none: ${reason}` }),
    plan: (_, options) => {
      plans.push(options);
      return assembleSheetPlan({
        sheetName: "Toy",
        sections: [{ blocks: [block(1, 1, [[options.values?.[0] ?? 0]], "decision")] }],
      });
    },
    wrote: (path, solved) => `wrote ${path}${solved ? " (solved)" : ""}`,
  };
  return { command, plans };
}

const files = { "good.json": '{"x":3}', "bad.json": '{"x":0}', "broken.json": '{"x":"a"}' };

describe("runModelCommand solve", () => {
  it("prints one JSON object, the model's fields first, and exits 0 at an optimum", async () => {
    const { io, out } = fakeIo(files);
    const code = await runModelCommand(
      toyCommand().command,
      ["solve", "--input", "good.json", "--json"],
      io
    );
    expect([code, out]).toEqual([EXIT.ok, ['{"x":3,"status":"optimal","best":6}']]);
  });

  it("prints for people and exits 3 when there is no optimum", async () => {
    const { io, out } = fakeIo(files);
    const code = await runModelCommand(toyCommand().command, ["solve", "--input", "bad.json"], io);
    expect([code, out]).toEqual([EXIT.calcError, ["must be > 0"]]);
  });

  it("exits 2 for an invalid model, naming the field", async () => {
    const { io, err } = fakeIo(files);
    const code = await runModelCommand(
      toyCommand().command,
      ["solve", "--input", "broken.json"],
      io
    );
    expect(code).toBe(EXIT.usage);
    // The message names the field.
    expect(err.join("\n")).toContain("x");
    expect(err.join("\n")).toContain("broken.json");
  });
});

describe("runModelCommand build", () => {
  it("without --solve writes the plan at the model's defaults", async () => {
    const { command, plans } = toyCommand();
    const { io, out, written } = fakeIo(files);
    const code = await runModelCommand(
      command,
      ["build", "--input", "good.json", "--out", "t.xlsx"],
      io
    );
    expect([code, out, [...written.keys()]]).toEqual([EXIT.ok, ["wrote t.xlsx"], ["t.xlsx"]]);
    expect(plans).toEqual([{ language: "en" }]);
  });

  it("with --solve puts the optimum and its note in the plan", async () => {
    const { command, plans } = toyCommand();
    const { io, out } = fakeIo(files);
    const args = ["build", "--input", "good.json", "--out", "t.xlsx", "--solve"];
    expect(await runModelCommand(command, args, io)).toBe(EXIT.ok);
    expect(plans).toEqual([{ language: "en", values: [6], note: "optimum 6" }]);
    expect(out).toEqual(["wrote t.xlsx (solved)"]);
  });

  it("with --solve and no optimum still writes the sheet, says why and exits 3", async () => {
    const { command, plans } = toyCommand();
    const { io, out, err, written } = fakeIo(files);
    const args = ["build", "--input", "bad.json", "--out", "t.xlsx", "--solve"];
    expect(await runModelCommand(command, args, io)).toBe(EXIT.calcError);
    expect(plans).toEqual([{ language: "en", note: "none: must be > 0" }]);
    expect(err.join("\n")).toContain("must be > 0 Written as is.");
    expect([out, written.has("t.xlsx")]).toEqual([["wrote t.xlsx"], true]);
  });

  it("--help prints the command's usage", async () => {
    const { io, out } = fakeIo(files);
    expect(await runModelCommand(toyCommand().command, ["--help"], io)).toBe(EXIT.ok);
    expect(out).toEqual(["usage: mkt toy solve|build"]);
  });
});

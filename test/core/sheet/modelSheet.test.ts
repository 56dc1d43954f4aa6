/** What every model sheet shares: its top rows, its layout names and its assembly (core/sheet/modelSheet). */
import {
  assembleModelSheet,
  LABEL_COLUMN_WIDTH,
  modelSheetColumnWidths,
  modelSheetHead,
  modelSheetNames,
  modelSheetNotes,
} from "../../../src/core/sheet/modelSheet";
import { MODEL_LAYOUT_NAMES, MODEL_SHEET_ROWS } from "../../../src/core/sheet/modelSheetLayout";
import { block } from "../../../src/core/sheet/place";
import { hiddenName } from "../../../src/core/sheet/assemble";
import { NUMBER_FORMATS } from "../../../src/core/numberFormat";
import type { SolverModel } from "../../../src/core/sheet/solverModel";

describe("modelSheetColumnWidths", () => {
  it("gives column A the label width and B through the last column the figure width", () => {
    expect(modelSheetColumnWidths(3, 80)).toEqual([
      { column: "A", width: LABEL_COLUMN_WIDTH },
      { column: "B", width: 80 },
      { column: "C", width: 80 },
    ]);
  });
});

describe("modelSheetHead", () => {
  const words: Record<string, string> = {
    title: "Discount optimisation: {name}",
    inputsHeading: "Inputs",
    modelName: "Model name",
    currency: "Currency",
  };
  const text = (key: string, params?: Readonly<Record<string, string | number>>) =>
    words[key].replace("{name}", String(params?.name ?? "{name}"));
  const blocks = modelSheetHead(text, { name: "1-9", currency: "KZT" }, ["List price"]);

  it("places the title (with the model's name) in A1, the inputs heading in A3 and the labels from A4 down", () => {
    expect(blocks.slice(0, 3)).toEqual([
      { address: "A1:A1", cells: [["Discount optimisation: 1-9"]], role: "title" },
      { address: "A3:A3", cells: [["Inputs"]], role: "heading" },
      {
        address: "A4:A6",
        cells: [["Model name"], ["Currency"], ["List price"]],
        role: "label",
      },
    ]);
  });

  it("types the name and currency into B4:B5 as text, so a name such as 1-9 is not read as a date", () => {
    expect(blocks[3]).toEqual({
      address: "B4:B5",
      cells: [["1-9"], ["KZT"]],
      role: "input",
      numberFormat: [[NUMBER_FORMATS.text], [NUMBER_FORMATS.text]],
    });
    expect(MODEL_SHEET_ROWS.meta).toBe(4);
  });
});

describe("modelSheetNotes", () => {
  const notes = (rows: number, note?: string) =>
    modelSheetNotes({
      headingRow: 20,
      rows,
      heading: "How to solve",
      lines: ["First.", `Second, ${"a paragraph long enough to wrap at this width, ".repeat(4)}`],
      note,
      figureWidth: 60,
    });

  it("puts the heading, then a paragraph a row across A:G, each row as tall as its text", () => {
    const section = notes(3, "From the optimiser.");
    const cells = section.blocks.map((b) => [b.address, b.cells.flat()]);
    expect(cells).toEqual([
      ["A20:A20", ["How to solve"]],
      ["A21:A23", ["First.", expect.stringMatching(/^Second/), "From the optimiser."]],
    ]);
    expect(section.merges).toEqual(["A21:G21", "A22:G22", "A23:G23"]);
    const heights = section.rowHeights!.map((h) => h.height);
    expect(heights[1]).toBeGreaterThan(heights[0]);
  });

  it("leaves the optional note's row empty and unmerged without one", () => {
    const section = notes(3);
    expect(section.blocks[1].cells.flat()[2]).toBeNull();
    expect(section.merges).toEqual(["A21:G21", "A22:G22"]);
  });

  it("refuses lines that do not fill the rows the layout kept", () => {
    expect(() => notes(4)).toThrow(/4 note rows for 2 lines/);
    expect(() => notes(2)).toThrow(RangeError);
  });
});

describe("modelSheetNames", () => {
  it("lists the marker, mkt_meta, the model's inputs, the decisions, the objective, then further results, all hidden", () => {
    const names = modelSheetNames({
      marker: { name: "mkt_test_model", value: "test-v1", comment: "A test model" },
      inputs: [hiddenName("mkt_inputs", { range: "B6:B9" })],
      decisions: "B20:B22",
      objective: "B26",
      results: [hiddenName("mkt_baseline", { range: "B27" })],
    });
    expect(names.map((n) => [n.name, n.refersTo])).toEqual([
      ["mkt_test_model", { value: "test-v1" }],
      [MODEL_LAYOUT_NAMES.meta, { range: "B4:B5" }],
      ["mkt_inputs", { range: "B6:B9" }],
      [MODEL_LAYOUT_NAMES.decisions, { range: "B20:B22" }],
      [MODEL_LAYOUT_NAMES.objective, { range: "B26" }],
      ["mkt_baseline", { range: "B27" }],
    ]);
    expect(names.every((n) => n.hidden)).toBe(true);
    expect(names[0].comment).toBe("A test model");
  });
});

describe("assembleModelSheet", () => {
  const solver: SolverModel = {
    objective: "B5",
    goal: "max",
    variables: "B3:B4",
    constraints: [],
    engine: "grg",
    nonNegative: true,
    multistart: false,
  };
  const longLabel = "A label long enough to need more than the label column";
  const sections = [
    {
      blocks: [
        block(1, 3, [[longLabel], ["Short"]], "label"),
        block(2, 3, [[0], [0]], "decision"),
        block(3, 1, [["A header wider than its column, far wider"]], "header"),
        block(2, 5, [["=B3+B4"]], "objective"),
      ],
    },
  ];
  const assemble = (extra: Partial<Parameters<typeof assembleModelSheet>[0]> = {}) =>
    assembleModelSheet({
      sheetName: "Test model",
      sections,
      names: [],
      solver,
      objectiveRow: 5,
      lastColumn: 3,
      figureWidth: 60,
      ...extra,
    });

  it("puts the cursor on the objective in column B and prints landscape", () => {
    const plan = assemble();
    expect(plan.focus).toBe("B5");
    expect(plan.page).toEqual({ orientation: "landscape" });
    expect(plan.names.some((n) => n.name === "solver_opt")).toBe(true);
  });

  it("widens the columns to their labels and headers, or only to the blocks fitTo keeps", () => {
    const all = assemble().columnWidths;
    expect(all[0].width).toBeGreaterThan(LABEL_COLUMN_WIDTH);
    expect(all[2].width).toBeGreaterThan(60);
    const onlyA = assemble({ fitTo: (b) => b.address.startsWith("A") }).columnWidths;
    expect(onlyA[0].width).toBe(all[0].width);
    expect(onlyA[2].width).toBe(60);
  });

  it("keeps the print area it is given", () => {
    expect(assemble({ printArea: "A1:C5" }).page).toEqual({
      orientation: "landscape",
      printArea: "A1:C5",
    });
  });
});

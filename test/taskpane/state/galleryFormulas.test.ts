/**
 * The gallery's two insert forms for the user's arguments: the MKT call and
 * its native twin (evaluated by HyperFormula against the function itself).
 */
import { HyperFormula } from "hyperformula";
import { evaluate, findEntry } from "../../../src/core/catalogue";
import { mktCallFormula, nativeCallFormula } from "../../../src/taskpane/state/galleryFormulas";

describe("mktCallFormula", () => {
  it.each([
    [["B1", "B2", ""], "=MKT.ROMI(B1,B2)"],
    [[" B1 ", "", "0.4"], "=MKT.ROMI(B1,,0.4)"],
  ])("%j → %s", (args, formula) => expect(mktCallFormula("ROMI", args)).toBe(formula));
});

describe("nativeCallFormula", () => {
  it("fills the twin with the user's references, and it computes what the function does", () => {
    const native = nativeCallFormula("ROMI", ["'Q1 data'!B1", "'Q1 data'!B2", "0.4"]);
    expect(native.ok).toBe(true);
    if (!native.ok) return;
    expect(native.formula).toContain("'Q1 data'!B1");
    const hf = HyperFormula.buildFromSheets(
      {
        "Q1 data": [
          [null, 150000],
          [null, 50000],
        ],
        Calc: [[native.formula]],
      },
      { licenseKey: "gpl-v3" }
    );
    expect(hf.getCellValue({ sheet: hf.getSheetId("Calc")!, row: 0, col: 0 })).toBeCloseTo(
      evaluate(findEntry("ROMI")!, [150000, 50000, 0.4]) as number,
      12
    );
  });

  it("says why there is no native formula when a required argument is blank", () => {
    expect(nativeCallFormula("ROMI", ["B1", "", ""])).toEqual({ ok: false, reason: "arguments" });
  });
});

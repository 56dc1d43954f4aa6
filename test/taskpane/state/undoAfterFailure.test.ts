import { requireExcelApi } from "../../../src/taskpane/office/requirements";
import { UserFacingError } from "../../../src/taskpane/state/userFacingError";
import { undoAfterFailure } from "../../../src/taskpane/state/undoAfterFailure";

function thrownBy(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
}

describe("undoAfterFailure", () => {
  it.each([
    ["the model sheet was deleted or renamed", { code: "ItemNotFound", message: "x" }],
    ["the decision cells' name no longer refers to cells", { code: "InvalidReference" }],
    [
      "the user edited the discounts since",
      new UserFacingError("changed after the pane wrote them", "EditedSinceWrite"),
    ],
    [
      "tiers were added or removed on the sheet",
      new UserFacingError("3 decision cells but 2 tiers", "DecisionCellsChanged"),
    ],
  ])("clears Undo when %s", (_, error) => {
    expect(undoAfterFailure(error)).toBe("clear");
  });

  it.each([
    ["Excel is too old", thrownBy(() => requireExcelApi(undefined, "writing discounts"))],
    ["Excel is editing a cell", { code: "InvalidOperationInCellEditMode" }],
    ["the sheet is protected", { code: "AccessDenied" }],
    ["Excel had a glitch", { code: "GeneralException" }],
    ["an unknown error", new Error("boom")],
    ["a refusal without a reason", new UserFacingError("something")],
    ["nothing at all", null],
  ])("keeps Undo when %s", (_, error) => {
    expect(undoAfterFailure(error)).toBe("keep");
  });
});

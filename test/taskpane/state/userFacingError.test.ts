import { requireExcelApi, tooOldMessage } from "../../../src/taskpane/office/requirements";
import {
  PartLoadError,
  toUserMessage,
  UserFacingError,
} from "../../../src/taskpane/state/userFacingError";

const SUPPORTED = "Microsoft 365, Excel 2021 or later, or Excel on the web";

describe("requirements and messages", () => {
  it("tells the user in words when Excel is too old", () => {
    const old = { isSetSupported: (_: string, v?: string) => v === "1.1" };
    expect(() => requireExcelApi(old, "building a model sheet")).toThrow(
      tooOldMessage("building a model sheet")
    );
    expect(() => requireExcelApi(undefined, "x")).toThrow(/too old/);
    expect(() => requireExcelApi(old, "inserting", "1.1")).not.toThrow();
  });

  it("marks the too-old refusal so the pane can tell it from other refusals", () => {
    let caught: unknown;
    try {
      requireExcelApi(undefined, "x");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserFacingError);
    expect((caught as UserFacingError).reason).toBe("ExcelTooOld");
  });

  it("names the same supported Excel versions (those with SharedRuntime 1.1) in every too-old message", () => {
    expect(tooOldMessage("building a model sheet")).toContain(SUPPORTED);
    expect(toUserMessage({ code: "ApiNotFound", message: "x" })).toContain(SUPPORTED);
    expect(tooOldMessage("x")).not.toMatch(/2016|2019/);
  });

  it.each([
    ["InvalidOperationInCellEditMode", /editing a cell/],
    ["InvalidSelection", /select one block of cells \(not several areas, a chart or a picture\)/],
    ["AccessDenied", /protected/],
  ])("explains the Office error %s", (code, sentence) => {
    expect(toUserMessage({ code, message: "x" })).toMatch(sentence);
  });

  it("maps Office error codes and unknown errors to sentences", () => {
    expect(toUserMessage(new UserFacingError("Exactly this."))).toBe("Exactly this.");
    expect(toUserMessage(new Error("boom"))).toMatch(/^Something went wrong \(boom\)/);
  });

  it("says what to do when the code behind a button could not be fetched, without the loader's words", () => {
    const message = toUserMessage(new PartLoadError(new Error("Loading chunk 740 failed.")));
    expect(message).toMatch(/network connection/);
    expect(message).not.toMatch(/chunk/i);
  });
});

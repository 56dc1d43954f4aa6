/** The forms' row edit (state/replaceAt): one row changed, the others the same objects. */
import { replaceAt } from "../../../src/taskpane/state/replaceAt";

describe("replaceAt", () => {
  it("changes the row at the index and keeps the others as they are", () => {
    const rows = [{ a: 1 }, { a: 2 }, { a: 3 }];
    const next = replaceAt(rows, 1, (row) => ({ a: row.a * 10 }));
    expect(next).toEqual([{ a: 1 }, { a: 20 }, { a: 3 }]);
    expect(next[0]).toBe(rows[0]);
    expect(next[2]).toBe(rows[2]);
    expect(rows[1]).toEqual({ a: 2 });
  });

  it("leaves a list without that index unchanged (a new array of the same rows)", () => {
    const rows = ["x", "y"];
    const next = replaceAt(rows, 5, () => "z");
    expect(next).toEqual(rows);
    expect(next).not.toBe(rows);
  });
});

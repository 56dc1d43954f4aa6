import { render } from "../../src/core/i18n";
import { labelCharacterProblem } from "../../src/core/labelText";

describe("labelCharacterProblem", () => {
  it.each(["1-9", "A. Direct consumers", "Розетки", "Қазақстан", "50+ 😀", "tab-less"])(
    "accepts %p",
    (label) => expect(labelCharacterProblem(label)).toBeNull()
  );

  it.each([
    ["x\ufffe", /non-character U\+FFFE \(at position 2\)/],
    ["\uffff", /non-character U\+FFFF/],
    ["a\u0000", /control character U\+0000/],
    ["a\u0085", /control character U\+0085/],
    ["a\tb", /must be one line: it contains U\+0009/],
    ["\ud83d alone", /half a surrogate pair, U\+D83D/],
    ["end\udc00", /half a surrogate pair, U\+DC00/],
  ])("refuses %j", (label, message) =>
    expect(render("en", labelCharacterProblem(label)!)).toMatch(message)
  );
});

import { MAX_REPORTED_ERRORS, TableProblems } from "../../../src/core/table/tableImport";
import { fieldErrorText } from "../../../src/core/fieldValidation";
import { msg } from "../../../src/core/i18n";

const texts = (problems: TableProblems) => problems.list().map((e) => fieldErrorText(e, "en"));
const tooMany = (max: number) => msg("rule.distribution.tooManyStores", { max, count: 5 });

describe("TableProblems.checkRowCount", () => {
  it.each([
    [0, 3, ["header: the table has no store rows under its header"]],
    [3, 3, []],
    [5, 3, ["header: at most 3 stores (got 5)"]],
  ])("%d rows against a limit of %d", (rows, max, expected) => {
    const problems = new TableProblems();
    problems.checkRowCount(rows, max, msg("rule.distribution.noStores"), tooMany);
    expect(texts(problems)).toEqual(expected);
  });
});

describe("TableProblems.list", () => {
  it("keeps the first problems and counts the rest in one last line", () => {
    const problems = new TableProblems();
    for (let i = 0; i < MAX_REPORTED_ERRORS + 2; i++)
      problems.add(`line ${i + 2}`, msg("rule.cell.number"));
    const listed = texts(problems);
    expect(listed).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(listed[MAX_REPORTED_ERRORS]).toBe("… and 2 more problems");
  });
});

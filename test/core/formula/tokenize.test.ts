/**
 * The tokenizer is lossless (tokens joined back give the original text, for
 * any text at all) and splits Excel's grammar where it matters: strings with
 * doubled quotes, quoted sheet names with doubled apostrophes, structured
 * references, array constants, error literals, unions, `@` and the spill `#`.
 */
import fc from "fast-check";
import { joinTokens, sameFormula, tokenize, Token } from "../../../src/core/formula/tokenize";

const kinds = (formula: string) => tokenize(formula).map((t) => [t.kind, t.text]);

describe("tokenize", () => {
  it.each<[string, [Token["kind"], string][]]>([
    [
      '=MKT.ROMI(\'It\'\'s Q1\'!A1:B2, "say ""MKT.X(1)""")',
      [
        ["operator", "="],
        ["word", "MKT.ROMI"],
        ["open", "("],
        ["word", "'It''s Q1'!A1:B2"],
        ["comma", ","],
        ["whitespace", " "],
        ["string", '"say ""MKT.X(1)"""'],
        ["close", ")"],
      ],
    ],
    [
      "=SUM(Table1[[#This Row],[Sales]])",
      [
        ["operator", "="],
        ["word", "SUM"],
        ["open", "("],
        ["word", "Table1[[#This Row],[Sales]]"],
        ["close", ")"],
      ],
    ],
    [
      "={1,2;3,4}+#N/A",
      [
        ["operator", "="],
        ["arrayOpen", "{"],
        ["number", "1"],
        ["comma", ","],
        ["number", "2"],
        ["semicolon", ";"],
        ["number", "3"],
        ["comma", ","],
        ["number", "4"],
        ["arrayClose", "}"],
        ["operator", "+"],
        ["error", "#N/A"],
      ],
    ],
    [
      "=@A1:A3 + A1# * 1.5E+3",
      [
        ["operator", "="],
        ["operator", "@"],
        ["word", "A1:A3"],
        ["whitespace", " "],
        ["operator", "+"],
        ["whitespace", " "],
        ["word", "A1"],
        ["operator", "#"],
        ["whitespace", " "],
        ["operator", "*"],
        ["whitespace", " "],
        ["number", "1.5E+3"],
      ],
    ],
    [
      "=SUM((A1,B2:C3))<>Sheet1!#REF!",
      [
        ["operator", "="],
        ["word", "SUM"],
        ["open", "("],
        ["open", "("],
        ["word", "A1"],
        ["comma", ","],
        ["word", "B2:C3"],
        ["close", ")"],
        ["close", ")"],
        ["operator", "<>"],
        ["word", "Sheet1!#REF!"],
      ],
    ],
    [
      "='Лист 1'!A1:'Лист 1'!B2&[1]Book!X",
      [
        ["operator", "="],
        ["word", "'Лист 1'!A1:'Лист 1'!B2"],
        ["operator", "&"],
        ["word", "[1]Book!X"],
      ],
    ],
  ])("%s", (formula, expected) => {
    expect(kinds(formula)).toEqual(expected);
  });

  it("gives back any text at all when the tokens are joined", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(joinTokens(tokenize(text))).toBe(text);
      }),
      { numRuns: 2000 }
    );
  });

  /** Pieces of Excel's grammar, each of which must come out as one token. */
  const stringLiteral = fc.string({ maxLength: 8 }).map((s) => `"${s.replace(/"/g, '""')}"`);
  const quotedSheet = fc
    .stringMatching(/^[A-Za-z' ,.()Ё-ё]{1,10}$/)
    .map((s) => `'${s.replace(/'/g, "''")}'!$A$1:B${s.length + 1}`);
  const structured = fc.constantFrom(
    "Table1[Sales]",
    "Table1[[#This Row],[Sales]]",
    "T[[#Headers],[A]:[B]]",
    "T[Col'#1]",
    "T[@Sales]"
  );
  const atom = fc.oneof(
    stringLiteral,
    quotedSheet,
    structured,
    fc.constantFrom(
      "A1",
      "$B$2:C9",
      "Sheet2!A1",
      "1.5",
      "2E-3",
      "TRUE",
      "#DIV/0!",
      "#N/A",
      "{1,2;3,4}"
    )
  );
  const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      atom,
      fc
        .tuple(
          tie("expr"),
          fc.constantFrom("+", " - ", "*", "&", "<>", ">=", ":", " ", ","),
          tie("expr")
        )
        .map(([a, op, b]) => `${a}${op}${b}`),
      fc
        .tuple(
          fc.constantFrom("SUM", "MKT.ROMI", "IF", "_xldudf_MKT_CPL"),
          fc.array(tie("expr"), { maxLength: 3 })
        )
        .map(([f, args]) => `${f}(${args.join(",")})`),
      tie("expr").map((e) => `@(${e})`),
      tie("expr").map((e) => `(${e})`)
    ),
  })).expr;

  it("keeps every string literal, quoted sheet reference and structured reference whole", () => {
    fc.assert(
      fc.property(expression, atom, (expr, piece) => {
        const formula = `=${expr}+${piece}`;
        const tokens = tokenize(formula);
        expect(joinTokens(tokens)).toBe(formula);
        const last = tokens[tokens.length - 1];
        expect(last.text).toBe(piece.startsWith("{") ? "}" : piece);
      }),
      { numRuns: 500 }
    );
  });
});

describe("sameFormula", () => {
  it.each([
    ["=N(A1)*0.000000000001", "=n(a1) * 1E-12", true],
    ['=IF(A1>0,"x",1)', '=IF(A1>0, "x", 1)', true],
    ['=IF(A1>0,"x",1)', '=IF(A1>0,"X",1)', false],
    ["=A1+1", "=A1+2", false],
    ["=A1+1", "=A1+1+0", false],
  ])("%s vs %s → %s", (a, b, same) => expect(sameFormula(a, b)).toBe(same));
});

import {
  hypothesisConfirmed,
  influenceCoefficient,
  serviceEffect,
} from "../../../src/core/metrics/clientOrientation";
import { column } from "./grid";

describe("serviceEffect (§9)", () => {
  it.each([
    // worked-examples.md: mother and child room, 4,500 visitors, group share 5% + 5%
    ["extra visitors a day with q_f = 0.2", 4500, 0.05 + 0.05, 0.2, 90],
    ["extra checks a day with q_ch = 0.1", 4500, 0.05 + 0.05, 0.1, 45],
  ])("%s", (_, visitors, share, coef, expected) => {
    expect(serviceEffect(visitors, share, coef)).toBeCloseTo(expected, 9);
  });
});

describe("influenceCoefficient (§9)", () => {
  it.each([
    ["sum of scores over respondents", column([5, 4, 3, 0]), 3],
    ["blank cells are not respondents", column([5, null, 3]), 4],
  ])("%s", (_, scores, expected) => {
    expect(influenceCoefficient(scores)).toBeCloseTo(expected, 15);
  });

  it("is #DIV/0! with no respondents", () => {
    expect(influenceCoefficient(column([null, null]))).toMatchObject({ kind: "DIV0" });
  });

  it("is #NUM! for a score above 5, naming the cell", () => {
    expect(influenceCoefficient(column([5, 7]))).toMatchObject({
      kind: "NUM",
      message: "scores holds survey scores from 0 to 5; row 2, column 1 holds 7",
    });
  });
});

describe("hypothesisConfirmed (§9)", () => {
  it.each([
    ["60% of answers are 4-5: confirmed", column([5, 4, 4, 2, 1]), 0.5, true],
    ["exactly 50% is not more than 50%: not confirmed", column([5, 4, 2, 1]), 0.5, false],
    ["a stricter threshold", column([5, 4, 4, 2, 1]), 0.7, false],
    ["blanks are skipped", column([5, null, 4, 1]), 0.5, true],
  ])("%s", (_, scores, threshold, expected) => {
    expect(hypothesisConfirmed(scores, threshold)).toBe(expected);
  });

  it("is #DIV/0! with no respondents", () => {
    expect(hypothesisConfirmed(column([null]), 0.5)).toMatchObject({ kind: "DIV0" });
  });

  it("is #NUM! for a score above 5", () => {
    expect(hypothesisConfirmed(column([6]), 0.5)).toMatchObject({ kind: "NUM" });
  });
});

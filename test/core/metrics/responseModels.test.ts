import { adbudg, vidaleWolfe } from "../../../src/core/metrics/responseModels";

describe("adbudg (§10)", () => {
  it.each([
    ["halfway at spend = K", 100000, 1000, 5000, 2, 100000, 3000],
    ["the floor with no spend", 0, 1000, 5000, 2, 100000, 1000],
    ["S-curve: A^2 / (K^2 + A^2) at A = 2K is 0.8", 200000, 0, 1000, 2, 100000, 800],
    ["huge spend approaches the ceiling without overflow", 1e300, 0, 1000, 50, 1, 1000],
  ])("%s", (_, spend, min, max, shape, k, expected) => {
    expect(adbudg(spend, min, max, shape, k)).toBeCloseTo(expected, 9);
  });

  it("is #NUM! when the floor is above the ceiling", () => {
    expect(adbudg(1, 10, 5, 1, 1)).toMatchObject({ kind: "NUM" });
  });
});

describe("vidaleWolfe (§10)", () => {
  it.each([
    ["M·rA / (rA + λM)", 1000, 0.5, 10000, 0.05, 5000],
    ["no spend: sales decay to 0", 0, 0.5, 10000, 0.05, 0],
    ["no decay: sales saturate at M", 1000, 0.5, 10000, 0, 10000],
  ])("%s", (_, spend, r, m, decay, expected) => {
    expect(vidaleWolfe(spend, r, m, decay)).toBeCloseTo(expected, 9);
  });

  it("is #DIV/0! with neither advertising effect nor decay", () => {
    expect(vidaleWolfe(0, 0.5, 10000, 0)).toMatchObject({ kind: "DIV0" });
  });
});

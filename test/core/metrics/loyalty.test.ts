import { engagementRate, redemptionRate, repeatRate } from "../../../src/core/metrics/loyalty";

describe.each([
  ["redemptionRate", redemptionRate, 18000, 120000, 0.15],
  ["engagementRate", engagementRate, 2600, 10000, 0.26],
  ["repeatRate", repeatRate, 340, 1000, 0.34],
])("%s (§8)", (_, rate, part, whole, expected) => {
  it(`is ${part} / ${whole} = ${expected}`, () =>
    expect(rate(part, whole)).toBeCloseTo(expected, 15));
  it("is #DIV/0! when the whole is 0", () => expect(rate(0, 0)).toMatchObject({ kind: "DIV0" }));
  it("is #NUM! when the part exceeds the whole", () =>
    expect(rate(whole + 1, whole)).toMatchObject({ kind: "NUM" }));
});

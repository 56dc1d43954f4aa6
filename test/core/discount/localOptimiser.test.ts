import {
  projectOntoChain,
  localOptimise,
  multistartLocalOptimise,
} from "../../../testkit/localOptimiser";
import { mulberry32 } from "../../../testkit/random";
import { BIMODAL } from "./fixtures";

describe("projectOntoChain", () => {
  it.each([
    [
      [0.3, 0.1],
      [0.2, 0.2],
    ],
    [
      [0.1, 0.2, 0.3],
      [0.1, 0.2, 0.3],
    ],
    [
      [-0.1, 0.5, 0.2],
      [0, 0.35, 0.35],
    ],
    [
      [0.9, 0.8],
      [0.5, 0.5],
    ],
  ])("projects %j onto 0 <= d1 <= ... <= 0.5 as %j", (input, expected) => {
    projectOntoChain(input, 0, 0.5).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
  });
});

describe("localOptimise", () => {
  it("climbs to the near hump from zero and to the far hump from a deep start", () => {
    expect(localOptimise(BIMODAL, [0]).discounts[0]).toBe(0);
    const far = localOptimise(BIMODAL, [0.3]);
    expect(far.discounts[0]).toBeCloseTo(0.3677, 3);
    expect(far.feasible).toBe(true);
  });

  it("multistart is reproducible from its seed", () => {
    expect(multistartLocalOptimise(BIMODAL, { seed: 5 })).toEqual(
      multistartLocalOptimise(BIMODAL, { seed: 5 })
    );
  });

  it("mulberry32 gives the same stream for the same seed, in [0, 1)", () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

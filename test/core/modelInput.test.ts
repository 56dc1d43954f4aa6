/** Opening a model's JSON input: the object, its collector, the name and the currency (core/modelInput). */
import { openModelInput } from "../../src/core/modelInput";
import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH, parseJsonObject } from "../../src/core/fieldValidation";

describe("openModelInput", () => {
  it("reads the name and currency of JSON text, with no error", () => {
    const opened = openModelInput('{"name":"Sockets","currency":"KZT","tiers":[]}');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect([opened.name, opened.currency, opened.r.errors]).toEqual(["Sockets", "KZT", []]);
    expect(opened.input.tiers).toEqual([]);
  });

  it("gives the one error of an input that is not a JSON object", () => {
    const opened = openModelInput("[1]");
    expect(opened).toEqual(parseJsonObject("[1]"));
    expect(opened.ok).toBe(false);
  });

  it("collects a missing name and a missing currency as field errors, for the validator to add its own", () => {
    const opened = openModelInput({});
    expect(opened.ok && opened.r.errors.map((e) => e.path)).toEqual(["name", "currency"]);
  });

  it.each([
    ["the name", { name: "x".repeat(MAX_NAME_LENGTH + 1), currency: "KZT" }, "name"],
    ["the currency", { name: "A", currency: "x".repeat(MAX_LABEL_LENGTH + 1) }, "currency"],
  ])("holds %s to its longest length", (_, raw, path) => {
    const opened = openModelInput(raw);
    expect(opened.ok && opened.r.errors.map((e) => e.path)).toEqual([path]);
  });

  it("takes the currency's longest length, or no currency at all", () => {
    const short = openModelInput({ name: "A", currency: "tenge" }, { currencyMaxLength: 3 });
    expect(short.ok && short.r.errors.map((e) => e.path)).toEqual(["currency"]);
    const none = openModelInput({ name: "A" }, { currencyMaxLength: null });
    expect(none.ok && [none.currency, none.r.errors]).toEqual(["", []]);
  });
});

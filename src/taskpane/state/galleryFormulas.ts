/**
 * The two formulas the gallery can insert for the arguments the user typed
 * (cell references, ranges or values, e.g. B2, 'Q1 data'!C2:C9, 0.4): the MKT
 * call, and the same call as its native twin, which computes without the
 * add-in. The native one comes from the same rewriter "Make shareable" uses.
 */
import { CATALOGUE } from "../../core/catalogue";
import { catalogueByName, KeptReason, toNativeFormula } from "../../core/formula/toNative";

const BY_NAME = catalogueByName(CATALOGUE);

/** "=MKT.ROMI(B1,B2)": blank arguments at the end are left out, blank ones between stay empty. */
export function mktCallFormula(name: string, args: readonly string[]): string {
  const given = args.map((a) => a.trim());
  while (given.length > 0 && given[given.length - 1] === "") given.pop();
  return `=MKT.${name}(${given.join(",")})`;
}

export type NativeFormula = { ok: true; formula: string } | { ok: false; reason: KeptReason };

/** The native twin of the call, or why there is none (a required argument left blank, no twin). */
export function nativeCallFormula(name: string, args: readonly string[]): NativeFormula {
  const conversion = toNativeFormula(mktCallFormula(name, args), BY_NAME);
  if (conversion.changed) return { ok: true, formula: conversion.formula };
  return { ok: false, reason: conversion.kept[0]?.reason ?? "arguments" };
}

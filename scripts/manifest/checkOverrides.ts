/**
 * Offline checks of a manifest's locale overrides (`<Override>` under the
 * top-level elements, `<bt:Override>` under a resource): each names a BCP 47
 * locale other than the default one, at most once per element (Office takes a
 * single override per language), and carries a value that obeys the rules of
 * the element it overrides: https for URLs, the 125/250-character limits for
 * short and long strings.
 */
import { NS } from "./checkManifest";

/** language-REGION, e.g. ru-RU or kk-KZ (what Office matches; a bare language is not honoured everywhere). */
const LOCALE_TAG = /^[a-z]{2,3}-[A-Z]{2}$/i;

/** The value rule of each element that may carry overrides, by local name. */
type ValueRule = "url" | "shortString" | "longString" | "text";

function valueRule(parent: Element): ValueRule {
  const container = (parent.parentNode as Element | null)?.localName;
  if (parent.namespaceURI === NS.basicTypes) {
    if (container === "ShortStrings") return "shortString";
    if (container === "LongStrings") return "longString";
    return "url"; // bt:Url and bt:Image
  }
  return ["DisplayName", "Description"].includes(parent.localName) ? "text" : "url";
}

const LIMIT: Readonly<Record<ValueRule, number>> = {
  shortString: 125,
  longString: 250,
  text: 2000,
  url: 2048,
};

function describe(parent: Element): string {
  const id = parent.getAttribute("id");
  return id ? `<${parent.tagName} id="${id}">` : `<${parent.tagName}>`;
}

/** Returns the problems of every Override in `root`; empty when all pass. */
export function checkOverrides(root: Element): string[] {
  const problems: string[] = [];
  const defaultLocale =
    Array.from(
      root.getElementsByTagNameNS(NS.officeApp, "DefaultLocale")
    )[0]?.textContent?.trim() ?? "";
  const overrides = [
    ...Array.from(root.getElementsByTagNameNS(NS.officeApp, "Override")),
    ...Array.from(root.getElementsByTagNameNS(NS.basicTypes, "Override")),
  ];
  const seen = new Map<Element, Set<string>>();
  for (const override of overrides) {
    const parent = override.parentNode as Element;
    const where = `an Override of ${describe(parent)}`;
    const locale = override.getAttribute("Locale") ?? "";
    const value = override.getAttribute("Value") ?? "";
    if (!LOCALE_TAG.test(locale))
      problems.push(`${where} has Locale "${locale}": use a language-REGION tag such as ru-RU`);
    if (locale.toLowerCase() === defaultLocale.toLowerCase())
      problems.push(
        `${where} overrides the default locale ${defaultLocale}; change DefaultValue instead`
      );
    const locales = seen.get(parent) ?? new Set<string>();
    if (locales.has(locale.toLowerCase())) problems.push(`${where} repeats Locale "${locale}"`);
    locales.add(locale.toLowerCase());
    seen.set(parent, locales);
    const rule = valueRule(parent);
    if (value.length === 0) problems.push(`${where} for ${locale} has an empty Value`);
    if (value.length > LIMIT[rule])
      problems.push(`${where} for ${locale} is ${value.length} characters (limit ${LIMIT[rule]})`);
    if (rule === "url" && !/^https:\/\/[^\s/]+/.test(value))
      problems.push(`${where} for ${locale} URL must be https (got "${value}")`);
  }
  return problems;
}

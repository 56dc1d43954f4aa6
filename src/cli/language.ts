/**
 * The command line's language: `--lang en|ru|kk` anywhere on the command
 * line, else the POSIX locale variables in their order of precedence
 * (LC_ALL, LC_MESSAGES, LANG: "ru_RU.UTF-8" is Russian), else English.
 * An unknown --lang is a usage mistake; an unknown LANG ("C", "de_DE") is
 * simply English, as every other program treats it.
 */
import { isLocale, matchLocale, resolveLocale, type Locale } from "../core/i18n";

export type LanguageChoice =
  { ok: true; locale: Locale; rest: string[] } | { ok: false; value: string };

export function chooseLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>
): LanguageChoice {
  const rest: string[] = [];
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--lang") {
      flag = argv[i + 1] ?? "";
      i++;
    } else if (arg.startsWith("--lang=")) flag = arg.slice("--lang=".length);
    else rest.push(arg);
  }
  if (flag !== undefined) {
    const locale = flag.trim().toLowerCase();
    return isLocale(locale) ? { ok: true, locale, rest } : { ok: false, value: flag };
  }
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return { ok: true, locale: matchLocale(fromEnv) ?? resolveLocale(undefined), rest };
}

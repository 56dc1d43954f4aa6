/**
 * The pane's language switch: a small native select in the header, each
 * language named in itself (English, Русский, Қазақша) so a reader finds
 * theirs whatever the pane currently speaks. A language's texts are fetched
 * on the first switch to it (core/languagePacks); the pane changes language
 * once they are here, so it never shows a half-translated screen.
 */
import { makeStyles, Select } from "@fluentui/react-components";
import { useId } from "react";
import { LOCALES, t, type Locale } from "../../core/i18n";
import { loadLanguage } from "../../core/languagePacks";
import { LANGUAGE_NAMES } from "../state/paneLanguage";

// Right-aligned also when the header wraps it onto a line of its own.
const useStyles = makeStyles({ select: { minWidth: "112px", marginLeft: "auto" } });

export interface LanguageSwitchProps {
  language: Locale;
  onChange(language: Locale): void;
}

export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <Select
      id={id}
      size="small"
      className={styles.select}
      aria-label={t("pane.language")}
      value={language}
      onChange={(_, data) => {
        const next = data.value as Locale;
        // A chunk that fails to load (offline) leaves the pane in the language it speaks.
        loadLanguage(next).then(
          () => onChange(next),
          () => undefined
        );
      }}
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LANGUAGE_NAMES[locale]}
        </option>
      ))}
    </Select>
  );
}

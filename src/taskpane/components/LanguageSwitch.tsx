/**
 * The pane's language switch: a small native select in the header, each
 * language named in itself (English, Русский, Қазақша) so a reader finds
 * theirs whatever the pane currently speaks.
 */
import { makeStyles, Select } from "@fluentui/react-components";
import { useId } from "react";
import { LOCALES, t, type Locale } from "../../core/i18n";
import { LANGUAGE_NAMES } from "../state/paneLanguage";

const useStyles = makeStyles({ select: { minWidth: "112px" } });

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
      onChange={(_, data) => onChange(data.value as Locale)}
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LANGUAGE_NAMES[locale]}
        </option>
      ))}
    </Select>
  );
}

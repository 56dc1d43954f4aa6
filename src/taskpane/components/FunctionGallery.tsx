/**
 * The MKT function gallery: search by name or purpose, read the formula, its
 * arguments and an example, and insert it into the selected cell — as the MKT
 * function or as its native formula — with the user's own references.
 */
import { makeStyles, SearchBox, Text, tokens } from "@fluentui/react-components";
import { activeLocale, t } from "../../core/i18n";
import { loadFunctionHelp } from "../../core/languagePacks";
import { use, useId, useMemo, useState } from "react";
import { searchCatalogue, type GalleryEntry } from "../state/catalogueSearch";
import { builtInGallery, galleryInLanguage } from "../state/galleryEntries";
import { GalleryInsert } from "./GalleryInsert";
import { useBoxStyles } from "./useBoxStyles";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  args: { margin: 0, paddingLeft: "16px", fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FunctionGalleryProps {
  /** The entries shown; absent, the whole MKT catalogue (PaneOperations.catalogue). */
  catalogue?: readonly GalleryEntry[];
  busy: boolean;
  onInsert(formula: string): void;
}

export function FunctionGallery({ catalogue: given, busy, onInsert }: FunctionGalleryProps) {
  const styles = useStyles();
  const box = useBoxStyles();
  const [query, setQuery] = useState("");
  // The functions' help in the pane's language comes with the gallery, not with the pane
  // (core/languagePacks): the tab shows its spinner until it is here.
  const language = activeLocale();
  use(loadFunctionHelp(language));
  // The gallery reads in the pane's language; what it inserts does not change.
  const catalogue = useMemo(
    () => galleryInLanguage(given ?? builtInGallery(), language),
    [given, language]
  );
  const matches = useMemo(() => searchCatalogue(catalogue, query), [catalogue, query]);
  const countId = useId();
  return (
    <section className={styles.panel} aria-label={t("pane.gallery.label")}>
      <SearchBox
        size="small"
        placeholder={t("pane.gallery.search")}
        aria-label={t("pane.gallery.searchLabel")}
        aria-describedby={countId}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <Text id={countId} className={styles.muted} role="status">
        {t("pane.gallery.count", { shown: matches.length, total: catalogue.length })}
      </Text>
      <ul className={styles.list}>
        {matches.map((entry) => (
          <li key={entry.name} className={box.box}>
            <h3 className={styles.name}>MKT.{entry.name}</h3>
            <Text>{entry.summary}</Text>
            <code className={styles.code}>{entry.formula}</code>
            {entry.args.length > 0 && (
              <ul
                className={styles.args}
                aria-label={t("pane.gallery.arguments", { name: entry.name })}
              >
                {entry.args.map((a) => (
                  <li key={a.name}>
                    <strong>{a.name}</strong>: {a.description}
                  </li>
                ))}
              </ul>
            )}
            <Text className={styles.muted}>
              {t("pane.gallery.example")} <code className={styles.code}>{entry.example}</code>
            </Text>
            <GalleryInsert entry={entry} busy={busy} onInsert={onInsert} />
          </li>
        ))}
      </ul>
    </section>
  );
}

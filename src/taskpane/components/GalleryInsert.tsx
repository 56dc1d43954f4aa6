/**
 * The insert part of a gallery card: one field per argument (a cell, a range
 * or a value; pre-filled with the example), and two ways in: as the MKT
 * function, or as the native formula that computes the same without the add-in.
 */
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { t } from "../../core/i18n";
import type { GalleryEntry } from "../state/catalogueSearch";
import { mktCallFormula, nativeCallFormula } from "../state/galleryFormulas";

const useStyles = makeStyles({
  // minmax(0, …) and a 0 minimum width let two fields share the 320 px pane without overflowing.
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: "4px 8px",
  },
  input: { minWidth: 0, width: "100%" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface GalleryInsertProps {
  entry: GalleryEntry;
  busy: boolean;
  onInsert(formula: string): void;
}

export function GalleryInsert({ entry, busy, onInsert }: GalleryInsertProps) {
  const styles = useStyles();
  const [args, setArgs] = useState<string[]>(() => entry.args.map((a) => a.example));
  const native = nativeCallFormula(entry.name, args);
  return (
    <>
      <div className={styles.fields}>
        {entry.args.map((a, i) => (
          <Field key={a.name} label={a.name} size="small">
            <Input
              className={styles.input}
              size="small"
              value={args[i]}
              placeholder={t("pane.gallery.argumentPlaceholder")}
              aria-label={t("pane.gallery.argumentLabel", { name: entry.name, arg: a.name })}
              onChange={(_, data) =>
                setArgs((old) => old.map((v, k) => (k === i ? data.value : v)))
              }
            />
          </Field>
        ))}
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          disabledFocusable={busy}
          aria-label={t("pane.gallery.insertMktNamed", { name: entry.name })}
          onClick={() => onInsert(mktCallFormula(entry.name, args))}
        >
          {t("pane.gallery.insertMkt")}
        </Button>
        <Button
          size="small"
          disabledFocusable={busy || !native.ok}
          aria-label={t("pane.gallery.insertNativeNamed", { name: entry.name })}
          onClick={() => native.ok && onInsert(`=${native.formula.replace(/^=/, "")}`)}
        >
          {t("pane.gallery.insertNative")}
        </Button>
      </div>
      {!native.ok && (
        <Text className={styles.problem}>
          {t(
            native.reason === "unknown"
              ? "pane.gallery.noNative.noTwin"
              : `pane.gallery.noNative.${native.reason}`
          )}
        </Text>
      )}
    </>
  );
}

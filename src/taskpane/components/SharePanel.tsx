/**
 * "Make shareable": choose where (selection, active sheet, workbook), see how
 * many cells and which functions will change, then replace the MKT calls with
 * native formulas; Undo restores the previous formulas.
 */
import { Button, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { t } from "../../core/i18n";
import { describePlan } from "../state/shareActions";
import type { ShareablePlan, ShareScope } from "../state/shareablePlan";
import { useBoxStyles } from "./useBoxStyles";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  intro: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: "16px", fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

export interface SharePanelProps {
  scope: ShareScope;
  plan: ShareablePlan | null;
  canUndo: boolean;
  busy: boolean;
  onScope(scope: ShareScope): void;
  onFind(): void;
  onReplace(): void;
  onCancel(): void;
  onUndo(): void;
}

export function SharePanel(props: SharePanelProps) {
  const styles = useStyles();
  const box = useBoxStyles();
  const labelId = useId();
  const preview = props.plan ? describePlan(props.plan) : null;
  return (
    <section className={styles.panel} aria-label={t("pane.share.label")}>
      <Text className={styles.intro}>{t("pane.share.intro")}</Text>
      <Text id={labelId} weight="semibold">
        {t("pane.share.where")}
      </Text>
      <RadioGroup
        aria-labelledby={labelId}
        value={props.scope}
        onChange={(_, data) => props.onScope(data.value as ShareScope)}
      >
        <Radio value="selection" label={t("pane.share.scope.selection")} />
        <Radio value="sheet" label={t("pane.share.scope.sheet")} />
        <Radio value="workbook" label={t("pane.share.scope.workbook")} />
      </RadioGroup>
      <div className={styles.actions}>
        <Button
          appearance={props.plan ? "secondary" : "primary"}
          disabledFocusable={props.busy}
          onClick={props.onFind}
        >
          {t("pane.share.find")}
        </Button>
        {props.canUndo && (
          <Button disabledFocusable={props.busy} onClick={props.onUndo}>
            {t("pane.share.undo")}
          </Button>
        )}
      </div>
      {preview && (
        <div className={box.box} aria-label={t("pane.share.preview")}>
          <Text weight="semibold">{preview.summary}</Text>
          <ul className={styles.list} aria-label={t("pane.share.functionsList")}>
            {preview.functions.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          {preview.kept.length > 0 && (
            <ul className={styles.list} aria-label={t("pane.share.keptList")}>
              {preview.kept.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabledFocusable={props.busy} onClick={props.onReplace}>
              {t("pane.share.replace")}
            </Button>
            <Button disabledFocusable={props.busy} onClick={props.onCancel}>
              {t("pane.share.cancel")}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

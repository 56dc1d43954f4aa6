/**
 * "Fill the curve" of one ADBUDG channel: from two judgement points between
 * the floor and the ceiling already typed (MKT.ADBUDG_CALIBRATE) or from a
 * pasted history of spend and response (MKT.ADBUDG_FIT). The computation is
 * state/curveFill's; this panel holds what is typed, shows each problem next
 * to its field and says what was filled.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { t } from "../../core/i18n";
import type { AdbudgField, ChannelRow } from "../state/budgetForm";
import {
  fillFromHistory,
  fillFromJudgement,
  type FillOutcome,
  type JudgementField,
  type JudgementInput,
} from "../state/curveFill";
import { TextField } from "./TextField";
import { useRowCardStyles } from "./useRowCardStyles";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    marginTop: "8px",
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  help: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  actions: { display: "flex", justifyContent: "flex-end", gap: "8px" },
  history: { fontFamily: tokens.fontFamilyMonospace },
});

type Method = "judgement" | "history";

const JUDGEMENT_FIELDS: readonly JudgementField[] = ["spend1", "response1", "spend2", "response2"];

export interface CurveFillProps {
  channel: ChannelRow;
  /** The channel as the form names it ("Channel 1 (Retail chains)"). */
  name: string;
  disabled: boolean;
  onFill(values: Partial<Record<AdbudgField, number>>): void;
  onClose(): void;
}

export function CurveFill({ channel, name, disabled, onFill, onClose }: CurveFillProps) {
  const styles = useStyles();
  const cards = useRowCardStyles();
  const [method, setMethod] = useState<Method>("judgement");
  const [points, setPoints] = useState<JudgementInput>({
    spend1: "",
    response1: "",
    spend2: "",
    response2: "",
  });
  const [history, setHistory] = useState("");
  const [outcome, setOutcome] = useState<FillOutcome | null>(null);
  const problems = outcome && !outcome.ok ? outcome.problems : [];
  const messageFor = (field: JudgementField | "history" | "") =>
    problems.find((p) => p.field === field)?.message;
  const apply = () => {
    const label = channel.label.trim() || name;
    const result =
      method === "judgement"
        ? fillFromJudgement(channel, points, label)
        : fillFromHistory(history, label);
    setOutcome(result);
    if (result.ok) onFill(result.values);
  };
  const general = problems.filter((p) => p.field === "");
  return (
    <section className={styles.panel} aria-label={t("pane.budget.fill.title", { channel: name })}>
      <Text className={styles.title}>{t("pane.budget.fill.title", { channel: name })}</Text>
      <RadioGroup
        layout="horizontal"
        value={method}
        disabled={disabled}
        aria-label={t("pane.budget.fill.method")}
        onChange={(_, d) => {
          setMethod(d.value as Method);
          setOutcome(null);
        }}
      >
        <Radio value="judgement" label={t("pane.budget.fill.judgement")} />
        <Radio value="history" label={t("pane.budget.fill.history")} />
      </RadioGroup>
      {method === "judgement" ? (
        <>
          <p className={styles.help}>{t("pane.budget.fill.judgementHelp")}</p>
          <div className={cards.grid}>
            {JUDGEMENT_FIELDS.map((field) => (
              <TextField
                key={field}
                label={t(`pane.budget.fill.${field}`)}
                value={points[field]}
                message={messageFor(field)}
                disabled={disabled}
                onChange={(value) => setPoints({ ...points, [field]: value })}
              />
            ))}
          </div>
        </>
      ) : (
        <Field
          label={t("pane.budget.fill.historyLabel")}
          hint={t("pane.budget.fill.historyHelp")}
          size="small"
          validationMessage={problems
            .filter((p) => p.field === "history")
            .map((p) => p.message)
            .join(" ")}
          validationState={messageFor("history") ? "error" : "none"}
        >
          <Textarea
            className={styles.history}
            size="small"
            rows={5}
            value={history}
            disabled={disabled}
            onChange={(_, d) => setHistory(d.value)}
          />
        </Field>
      )}
      {general.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{general.map((p) => p.message).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok && (
        <MessageBar intent="success">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button size="small" disabled={disabled} onClick={onClose}>
          {t("pane.budget.fill.close")}
        </Button>
        <Button size="small" appearance="primary" disabledFocusable={disabled} onClick={apply}>
          {t("pane.budget.fill.apply")}
        </Button>
      </div>
    </section>
  );
}

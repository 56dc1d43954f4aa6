/**
 * The budget form: the budget and whether it must all be spent, one card per
 * channel, the problems the engine found, and Build. As on the discount form,
 * Build stays reachable by keyboard when disabled and is described by the
 * sentence saying why; Enter in a field never builds a sheet.
 */
import { Button, makeStyles, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { useState, type Dispatch } from "react";
import type { BudgetModelInput } from "../../core/budget";
import { t } from "../../core/i18n";
import { currencyField, type ScalarSpec } from "../state/fieldHints";
import type { FormValidation } from "../state/formValidation";
import {
  MAX_CHANNELS,
  type BudgetFormAction,
  type BudgetFormState,
  type BudgetScalar,
} from "../state/budgetForm";
import { BuildFooter } from "./BuildFooter";
import { ChannelCard } from "./ChannelCard";
import { ModelFormFrame } from "./ModelFormFrame";
import { ScalarFields } from "./ScalarFields";

const useStyles = makeStyles({
  heading: { margin: "4px 0 0 0" },
  hint: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: "0 0 0 44px",
  },
});

/** Read at render time, so the labels follow the pane's language. */
const SCALARS = (): ScalarSpec<BudgetScalar>[] => [
  { field: "name", label: t("pane.budget.field.name"), text: true },
  currencyField("currency"),
  { field: "budget", label: t("pane.budget.field.budget") },
];

export interface BudgetFormProps {
  form: BudgetFormState;
  validation: FormValidation<BudgetModelInput>;
  dispatch: Dispatch<BudgetFormAction>;
  busy: boolean;
  onLoadExample(): void;
  onBuild(): void;
}

export function BudgetForm({
  form,
  validation,
  dispatch,
  busy,
  onLoadExample,
  onBuild,
}: BudgetFormProps) {
  const styles = useStyles();
  // The channel whose "Fill the curve" panel is open (by its stable id), if any.
  const [filling, setFilling] = useState<number | null>(null);
  return (
    <ModelFormFrame
      label={t("pane.budget.form.label")}
      busy={busy}
      actions={[{ label: t("pane.budget.loadExample"), onClick: onLoadExample }]}
    >
      <Subtitle2 as="h2" className={styles.heading}>
        {t("pane.budget.section.budget")}
      </Subtitle2>
      <ScalarFields
        specs={SCALARS()}
        values={form}
        messages={validation.fieldMessages}
        disabled={busy}
        onChange={(field, value) => dispatch({ type: "setField", field, value })}
      />
      <div>
        <Switch
          checked={form.spendAll}
          disabled={busy}
          label={t("pane.budget.field.spendAll")}
          aria-describedby="spend-all-hint"
          onChange={(_, d) => dispatch({ type: "setSpendAll", value: d.checked })}
        />
        <p id="spend-all-hint" className={styles.hint}>
          {t("pane.budget.field.spendAll.hint")}
        </p>
      </div>
      <Subtitle2 as="h2" className={styles.heading}>
        {t("pane.budget.channels")}
      </Subtitle2>
      <div>
        {form.channels.map((channel, index) => (
          <ChannelCard
            key={channel.id}
            channel={channel}
            index={index}
            count={form.channels.length}
            messages={validation.fieldMessages}
            dispatch={dispatch}
            disabled={busy}
            fillOpen={filling === channel.id}
            onToggleFill={() => setFilling(filling === channel.id ? null : channel.id)}
          />
        ))}
        <Button
          size="small"
          disabled={busy || form.channels.length >= MAX_CHANNELS}
          onClick={() => dispatch({ type: "addChannel" })}
        >
          {t("pane.budget.channel.add")}
        </Button>
      </div>
      <BuildFooter
        problems={validation.generalMessages}
        problemsLabel={t("pane.budget.problems")}
        buildLabel={t("pane.budget.build")}
        buildHint={t("pane.budget.buildHint")}
        busy={busy}
        blocked={validation.blockedReason}
        reasonId="budget-build-reason"
        onBuild={onBuild}
      />
    </ModelFormFrame>
  );
}

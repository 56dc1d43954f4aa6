/**
 * One channel of the budget form as a small card (the tier cards' look): its
 * name and response curve, bounds, today's spend and margin, then the curve's
 * parameters, two per line. An ADBUDG channel offers "Fill the curve", which
 * opens the CurveFill panel under its parameters.
 */
import { Button, Field, makeStyles, Select } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { t } from "../../core/i18n";
import {
  budgetFieldKey,
  channelName,
  curveFields,
  type BudgetFormAction,
  type ChannelNumberField,
  type ChannelRow,
  type CurveField,
  type CurveModel,
} from "../state/budgetForm";
import type { ScalarSpec } from "../state/fieldHints";
import { CurveFill } from "./CurveFill";
import { RowCard } from "./RowCard";
import { ScalarInputs } from "./ScalarFields";
import { TextField } from "./TextField";

/** Read at render time, so the labels follow the pane's language. */
const NUMBERS = (): ScalarSpec<ChannelNumberField>[] => [
  { field: "min", label: t("pane.budget.channel.min") },
  { field: "max", label: t("pane.budget.channel.max"), hint: t("pane.budget.channel.max.hint") },
  {
    field: "current",
    label: t("pane.budget.channel.current"),
    hint: t("pane.budget.channel.current.hint"),
  },
  {
    field: "margin",
    label: t("pane.budget.channel.margin"),
    hint: t("pane.budget.channel.margin.hint"),
  },
];

// The grid's cells are ~130 px at the pane's width: the choice must shrink with its cell.
const useStyles = makeStyles({
  select: { width: "100%", minWidth: 0 },
  // The name and the curve take a whole line each: both are words, and the curve's names are long.
  wide: { gridColumn: "1 / -1", minWidth: 0 },
});

const CURVE_HINTS: Partial<Record<CurveField, () => string>> = {
  minResponse: () => t("pane.budget.curve.minResponse.hint"),
  shape: () => t("pane.budget.curve.shape.hint"),
  halfSaturationSpend: () => t("pane.budget.curve.halfSaturationSpend.hint"),
};

export interface ChannelCardProps {
  channel: ChannelRow;
  index: number;
  count: number;
  messages: ReadonlyMap<string, string>;
  dispatch: Dispatch<BudgetFormAction>;
  disabled: boolean;
  fillOpen: boolean;
  onToggleFill(): void;
}

export function ChannelCard({
  channel,
  index,
  count,
  messages,
  dispatch,
  disabled,
  fillOpen,
  onToggleFill,
}: ChannelCardProps) {
  const own = useStyles();
  const name = channelName(channel.label, index);
  const curveSpecs = curveFields(channel.model).map((field): ScalarSpec<CurveField> => ({
    field,
    label: t(`pane.budget.curve.${field}`),
    hint: CURVE_HINTS[field]?.(),
  }));
  return (
    <RowCard
      legend={name}
      below={
        fillOpen &&
        channel.model === "adbudg" && (
          <CurveFill
            channel={channel}
            name={name}
            disabled={disabled}
            onFill={(values) => dispatch({ type: "fillCurve", index, values })}
            onClose={onToggleFill}
          />
        )
      }
      buttons={
        channel.model === "adbudg" &&
        !fillOpen && (
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            aria-label={t("pane.budget.channel.fillNamed", { channel: name })}
            onClick={onToggleFill}
          >
            {t("pane.budget.channel.fill")}
          </Button>
        )
      }
      remove={{
        label: t("pane.budget.channel.remove"),
        ariaLabel: t("pane.budget.channel.removeNamed", { channel: name }),
        disabled: disabled || count <= 1,
        onClick: () => dispatch({ type: "removeChannel", index }),
      }}
    >
      <TextField
        className={own.wide}
        label={t("pane.budget.channel.label")}
        inputMode="text"
        value={channel.label}
        message={messages.get(budgetFieldKey.channel(index, "label"))}
        disabled={disabled}
        onChange={(value) => dispatch({ type: "setLabel", index, value })}
      />
      <Field className={own.wide} label={t("pane.budget.channel.curve")} size="small">
        <Select
          className={own.select}
          size="small"
          value={channel.model}
          disabled={disabled}
          onChange={(_, d) => dispatch({ type: "setModel", index, model: d.value as CurveModel })}
        >
          <option value="adbudg">{t("pane.budget.curve.adbudg")}</option>
          <option value="vidale-wolfe">{t("pane.budget.curve.vidaleWolfe")}</option>
        </Select>
      </Field>
      <ScalarInputs
        specs={NUMBERS()}
        values={channel.numbers}
        messages={messages}
        messageKey={(field) => budgetFieldKey.channel(index, field)}
        disabled={disabled}
        onChange={(field, value) => dispatch({ type: "setNumber", index, field, value })}
      />
      <ScalarInputs
        specs={curveSpecs}
        values={channel.curve}
        messages={messages}
        messageKey={(field) => budgetFieldKey.curve(index, field)}
        disabled={disabled}
        onChange={(field, value) => dispatch({ type: "setCurve", index, field, value })}
      />
    </RowCard>
  );
}

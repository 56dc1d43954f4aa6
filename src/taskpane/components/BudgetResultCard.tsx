/**
 * The outcome of optimising a budget sheet: profit at today's spends and at
 * the optimum, the change, how much of the budget is spent, each channel's
 * spend (today's beside it) and marginal return, and the certificate in plain
 * words, with the engine's account of the method folded away. Figures carry
 * their raw value in `data-value` so the end-to-end test compares them with
 * the sheet's cells.
 */
import { Badge, Card, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { BudgetSolution } from "../../core/budget";
import { t } from "../../core/i18n";
import type { BudgetSummary } from "../state/describeBudgetSolution";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: "8px",
    rowGap: "2px",
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "right",
    whiteSpace: "nowrap",
  },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { color: tokens.colorNeutralForeground2, textAlign: "left", paddingBottom: "2px" },
  cell: {
    textAlign: "right",
    verticalAlign: "top",
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
  },
  header: {
    textAlign: "right",
    verticalAlign: "bottom",
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  labelCell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Today's spend may wrap under the optimal one: the three columns must fit the pane in every language.
  today: {
    display: "block",
    whiteSpace: "normal",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
  badge: { display: "block", marginLeft: "auto", marginTop: "2px", width: "fit-content" },
  note: { margin: "4px 0 0 0", fontSize: tokens.fontSizeBase200 },
  certificate: { margin: "4px 0 0 0", fontWeight: tokens.fontWeightSemibold },
});

export interface BudgetResultCardProps {
  sheetName: string;
  summary: Extract<BudgetSummary, { status: "optimal" }>;
  solution: Extract<BudgetSolution, { status: "optimal" }>;
}

export function BudgetResultCard({ sheetName, summary, solution }: BudgetResultCardProps) {
  const styles = useStyles();
  return (
    <Card aria-labelledby="budget-result-title" data-testid="budget-result-card">
      <Subtitle2 as="h2" id="budget-result-title">
        {t("pane.budget.result.title", { sheet: sheetName })}
      </Subtitle2>
      <dl className={styles.figures}>
        {summary.profitBefore !== null && (
          <>
            <dt className={styles.term}>{t("pane.budget.result.profitBefore")}</dt>
            <dd
              className={styles.value}
              data-testid="budget-profit-before"
              data-value={solution.currentProfit ?? ""}
            >
              {summary.profitBefore}
            </dd>
          </>
        )}
        <dt className={styles.term}>{t("pane.budget.result.profitAfter")}</dt>
        <dd
          className={styles.value}
          data-testid="budget-profit-after"
          data-value={solution.totalProfit}
        >
          {summary.profitAfter}
        </dd>
        {summary.change !== null && (
          <>
            <dt className={styles.term}>{t("pane.budget.result.change")}</dt>
            <dd className={styles.value} data-testid="budget-change">
              {summary.change}
            </dd>
          </>
        )}
      </dl>
      <Text
        as="p"
        className={styles.note}
        data-testid="budget-spent"
        data-value={solution.totalSpend}
      >
        {t("pane.budget.result.spent")}: {summary.spent}
      </Text>
      <ChannelTable summary={summary} solution={solution} />
      <Text as="p" className={styles.note}>
        {t("pane.budget.result.marginalNote")}
      </Text>
      {summary.profitBefore === null && (
        <Text as="p" className={styles.note}>
          {t("pane.budget.result.noCurrent")}
        </Text>
      )}
      <Text as="p" className={styles.certificate} data-testid="budget-certificate">
        {summary.certificate}
      </Text>
      <details className={styles.note}>
        <summary>{t("pane.result.how")}</summary>
        <Text as="p" className={styles.note}>
          {summary.explanation}
        </Text>
      </details>
    </Card>
  );
}

/**
 * Channel, spend and marginal return: three columns fit the pane's ~300 px in
 * every language; today's spend sits under the optimal one, in grey.
 */
function ChannelTable({ summary, solution }: Omit<BudgetResultCardProps, "sheetName">) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        {t("pane.budget.result.perChannel", { currency: summary.currency })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={styles.labelCell}>
            {t("pane.budget.result.channel")}
          </th>
          <th scope="col" className={styles.header}>
            {t("pane.budget.result.spend")}
          </th>
          <th scope="col" className={styles.header}>
            {t("pane.budget.result.marginal")}
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.channels.map((line, i) => (
          <tr key={`${i}-${line.label}`}>
            <th scope="row" className={styles.labelCell}>
              {line.label}
            </th>
            <td className={styles.cell}>
              <span data-testid="budget-spend" data-value={solution.channels[i].spend}>
                {line.spend}
              </span>
              {line.today !== null && (
                <span className={styles.today}>
                  {t("pane.budget.result.todayValue", { spend: line.today })}
                </span>
              )}
            </td>
            <td className={styles.cell} data-testid="budget-marginal">
              {line.marginal}
              {line.atBound && (
                <Badge className={styles.badge} size="small" appearance="tint" color="informative">
                  {t(
                    line.atBound === "min" ? "pane.budget.result.atMin" : "pane.budget.result.atMax"
                  )}
                </Badge>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

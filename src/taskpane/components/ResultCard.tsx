/**
 * The outcome of Optimise: profit before and after, the uplift, the discount
 * of each tier with its margin against its floor, and the certificate of
 * global optimality in plain words. Figures carry their raw value in
 * `data-value` so the end-to-end test compares them with the sheet's cells.
 */
import { Badge, Card, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { t } from "../../core/i18n";
import type { DiscountSolution } from "../../core/discount";
import type { SolutionSummary } from "../state/describeSolution";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: "8px",
    rowGap: "2px",
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "right" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "right",
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  labelCell: {
    textAlign: "left",
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  note: { margin: "4px 0 0 0", fontSize: tokens.fontSizeBase200 },
});

export interface ResultCardProps {
  sheetName: string;
  summary: Extract<SolutionSummary, { status: "optimal" }>;
  solution: Extract<DiscountSolution, { status: "optimal" }>;
}

export function ResultCard({ sheetName, summary, solution }: ResultCardProps) {
  const styles = useStyles();
  return (
    <Card aria-labelledby="result-title" data-testid="result-card">
      <Subtitle2 as="h2" id="result-title">
        {t("pane.result.title", { sheet: sheetName })}
      </Subtitle2>
      <dl className={styles.figures}>
        <dt className={styles.term}>{t("pane.result.profitBefore")}</dt>
        <dd className={styles.value} data-testid="profit-before" data-value={solution.baseline}>
          {summary.profitBefore}
        </dd>
        <dt className={styles.term}>{t("pane.result.profitAfter")}</dt>
        <dd className={styles.value} data-testid="profit-after" data-value={solution.profit}>
          {summary.profitAfter}
        </dd>
        <dt className={styles.term}>{t("pane.result.uplift")}</dt>
        <dd className={styles.value} data-testid="uplift" data-value={solution.uplift}>
          {summary.uplift}
        </dd>
      </dl>
      <table className={styles.table}>
        <caption className={styles.term} style={{ textAlign: "left" }}>
          {t("pane.result.perTier")}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.labelCell}>
              {t("pane.result.tier")}
            </th>
            <th scope="col" className={styles.cell}>
              {t("pane.result.discount")}
            </th>
            <th scope="col" className={styles.cell}>
              {t("pane.result.margin")}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.tiers.map((line, i) => (
            <tr key={`${i}-${line.label}`}>
              <th scope="row" className={styles.labelCell}>
                {line.label}
              </th>
              <td
                className={styles.cell}
                data-testid="tier-discount"
                data-value={solution.discounts[i]}
              >
                {line.discount}
              </td>
              <td className={styles.cell}>
                {line.margin} ({line.minMargin}){" "}
                {line.floorBinds && (
                  <Badge size="small" appearance="tint" color="warning">
                    {t("pane.result.binds")}
                  </Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text as="p" className={styles.note}>
        {summary.bindingFloors.length === 0
          ? t("pane.result.noFloorBinds")
          : t("pane.result.floorsBind", { tiers: summary.bindingFloors.join(", ") })}
      </Text>
      <Text as="p" className={styles.note} data-testid="certificate">
        {summary.certificate[0]}
      </Text>
      {summary.certificate.length > 1 && (
        <details className={styles.note}>
          <summary>{t("pane.result.how")}</summary>
          {summary.certificate.slice(1).map((line) => (
            <Text as="p" key={line} className={styles.note}>
              {line}
            </Text>
          ))}
        </details>
      )}
    </Card>
  );
}

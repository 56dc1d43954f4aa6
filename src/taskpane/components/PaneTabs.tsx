/** The pane's four tabs; each controls the one tab panel below the status line. */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { t, type PlainMessageKey } from "../../core/i18n";

/**
 * Four tabs on one row of the pane's 296 px (320 px less its margins) in every
 * language: short names (ru «Решение», kk «Шешім» for Optimise), caption-size
 * text (12 px) and 3 px side padding. Measured in Chromium with DejaVu Sans,
 * wider than Office's Segoe UI: the Russian row, the longest, takes 286 px.
 * A second row, or an overflow menu hiding a tab, would look accidental for four tabs.
 */
const useStyles = makeStyles({
  tabs: { flexWrap: "nowrap" },
  tab: {
    paddingLeft: "3px",
    paddingRight: "3px",
    // The content and its hidden bold copy (which reserves the selected width) both.
    "& .fui-Tab__content, & .fui-Tab__content--reserved-space": {
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
    },
  },
});

export type PaneTab = "model" | "optimise" | "functions" | "share";

const TABS: readonly [PaneTab, PlainMessageKey][] = [
  ["model", "pane.tab.model"],
  ["optimise", "pane.tab.optimise"],
  ["functions", "pane.tab.functions"],
  ["share", "pane.tab.share"],
];

export function PaneTabs({ tab, onTab }: { tab: PaneTab; onTab(tab: PaneTab): void }) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      selectedValue={tab}
      onTabSelect={(_, data) => onTab(data.value as PaneTab)}
      size="small"
      aria-label={t("pane.tabs")}
    >
      {TABS.map(([value, label]) => (
        <Tab
          key={value}
          className={styles.tab}
          value={value}
          id={`tab-${value}`}
          aria-controls="tab-panel"
        >
          {t(label)}
        </Tab>
      ))}
    </TabList>
  );
}

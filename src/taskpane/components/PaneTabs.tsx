/** The pane's four tabs; each controls the one tab panel below the status line. */
import { makeStyles, Tab, TabList } from "@fluentui/react-components";
import { t, type PlainMessageKey } from "../../core/i18n";

// Four tabs in ~296 px: narrower side padding than Fluent's small tab, and a line break
// rather than an overflow where a language's names are longer still.
const useStyles = makeStyles({
  tabs: { flexWrap: "wrap" },
  tab: { paddingLeft: "4px", paddingRight: "4px" },
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

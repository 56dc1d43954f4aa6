/** The pane's four tabs; each controls the one tab panel below the status line. */
import { makeStyles, Tab, TabList } from "@fluentui/react-components";
import { t } from "../../core/i18n";

// Russian and Kazakh tab names are longer than the ~300 px the pane gives them: they wrap, never overflow.
const useStyles = makeStyles({ tabs: { flexWrap: "wrap" } });

export type PaneTab = "model" | "optimise" | "functions" | "share";

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
      <Tab value="model" id="tab-model" aria-controls="tab-panel">
        {t("pane.tab.model")}
      </Tab>
      <Tab value="optimise" id="tab-optimise" aria-controls="tab-panel">
        {t("pane.tab.optimise")}
      </Tab>
      <Tab value="functions" id="tab-functions" aria-controls="tab-panel">
        {t("pane.tab.functions")}
      </Tab>
      <Tab value="share" id="tab-share" aria-controls="tab-panel">
        {t("pane.tab.share")}
      </Tab>
    </TabList>
  );
}

/**
 * What the page shows when it is not running inside Excel: opened in a plain
 * browser (office.js loads but reports no host), or when office.js could not
 * be loaded at all. It says the add-in runs inside Excel and how to load it
 * there, instead of a misleading "your Excel is too old" or a blank page.
 */
import {
  Body1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { t } from "../../core/i18n";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0 },
  // overflowWrap: the Mac folder path is one long word that would run out of the 320 px pane.
  steps: {
    margin: 0,
    paddingLeft: "20px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    overflowWrap: "anywhere",
  },
});

export type OutsideReason = "noHost" | "noOffice";

export function OutsideExcel({ reason }: { reason: OutsideReason }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} data-testid="outside-excel">
        <Title3 as="h1" className={styles.title}>
          {t("pane.host.title")}
        </Title3>
        {reason === "noOffice" && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("pane.host.noOffice")}</MessageBarBody>
          </MessageBar>
        )}
        <Body1 as="p">{t("pane.host.body")}</Body1>
        <ol className={styles.steps}>
          <li>{t("pane.host.web")}</li>
          <li>{t("pane.host.windows")}</li>
          <li>{t("pane.host.mac")}</li>
        </ol>
      </main>
    </FluentProvider>
  );
}

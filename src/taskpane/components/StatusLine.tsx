/** The pane's one status line: a spinner while a step runs, then its outcome (announced politely). */
import { makeStyles, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Status } from "../actions";

const useStyles = makeStyles({ status: { margin: "8px 0", minHeight: "24px" } });

export function StatusLine({ status }: { status: Status }) {
  const styles = useStyles();
  return (
    <div className={styles.status} aria-live="polite" data-testid="status">
      {status.kind === "busy" && <Spinner size="tiny" label={status.text} />}
      {(status.kind === "error" || status.kind === "success" || status.kind === "info") && (
        <MessageBar intent={status.kind}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * Where a part of the pane fetched on first use (lazyPart) shows: a spinner
 * while it comes, and, should its chunk not come (PartLoadError: offline, the
 * server gone), a message in its place that says what to do, while the rest
 * of the pane keeps working, with Try again to fetch it once more. Any other
 * error is not this frame's to explain: it goes on up as before.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { t } from "../../core/i18n";
import { PartLoadError } from "../state/userFacingError";

const useStyles = makeStyles({ actions: { marginTop: "8px" } });

/** The message shown for a part that could not be fetched (also the outside-Excel page's fallback). */
export function PartMissing({ onRetry }: { onRetry?: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {t("pane.partMissing")}
        {onRetry && (
          <div className={styles.actions}>
            <Button size="small" onClick={onRetry}>
              {t("pane.partRetry")}
            </Button>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

class PartBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!(error instanceof PartLoadError)) throw error;
    const { retry } = error;
    if (!retry) return <PartMissing />;
    const again = () => {
      retry();
      this.setState({ error: null });
    };
    return <PartMissing onRetry={again} />;
  }
}

export function PartFrame({ children }: { children: ReactNode }) {
  return (
    <PartBoundary>
      <Suspense fallback={<Spinner size="tiny" />}>{children}</Suspense>
    </PartBoundary>
  );
}

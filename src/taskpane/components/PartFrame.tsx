/**
 * Where a part of the pane fetched on first use (lazyPart) shows: a spinner
 * while it comes, and, should its chunk not come (PartLoadError: offline, the
 * server gone), a message in its place that says what to do, while the rest
 * of the pane keeps working. React.lazy keeps a failed load, so only a reload
 * fetches the part again. Any other error is not this frame's to explain: it
 * goes on up as before.
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { t } from "../../core/i18n";
import { PartLoadError } from "../state/userFacingError";

/** The message shown for a part that could not be fetched (also the outside-Excel page's fallback). */
export function PartMissing() {
  return (
    <MessageBar intent="error">
      <MessageBarBody>{t("pane.partMissing")}</MessageBarBody>
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
    if (error instanceof PartLoadError) return <PartMissing />;
    throw error;
  }
}

export function PartFrame({ children }: { children: ReactNode }) {
  return (
    <PartBoundary>
      <Suspense fallback={<Spinner size="tiny" />}>{children}</Suspense>
    </PartBoundary>
  );
}

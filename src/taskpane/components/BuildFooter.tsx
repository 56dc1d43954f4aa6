/**
 * The end of a model form: the problems that belong to no single field, then
 * the Build button with the sentence saying what it does or why it is
 * disabled. Build stays reachable by keyboard when disabled
 * (disabledFocusable) and is described by that sentence (aria-describedby),
 * which is not a live region: it is read with the button, not on every
 * keystroke.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  list: { margin: 0, paddingLeft: "16px" },
});

export interface BuildFooterProps {
  /** Problems of the model as a whole or of a whole row. */
  problems: readonly string[];
  /** The list's accessible name ("Problems in the model"). */
  problemsLabel: string;
  buildLabel: string;
  /** What Build does, shown while it is enabled. */
  buildHint: string;
  /** Why Build is disabled; null when it is enabled. */
  blocked: string | null;
  /** Id of the sentence, unique in the page. */
  reasonId: string;
  onBuild(): void;
}

export function BuildFooter({
  problems,
  problemsLabel,
  buildLabel,
  buildHint,
  blocked,
  reasonId,
  onBuild,
}: BuildFooterProps) {
  const styles = useStyles();
  return (
    <>
      {problems.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ul className={styles.list} aria-label={problemsLabel}>
              {problems.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Button
        appearance="primary"
        type="button"
        disabledFocusable={blocked !== null}
        aria-describedby={reasonId}
        onClick={() => {
          if (!blocked) onBuild();
        }}
      >
        {buildLabel}
      </Button>
      <p id={reasonId} className={styles.reason}>
        {blocked ?? buildHint}
      </p>
    </>
  );
}

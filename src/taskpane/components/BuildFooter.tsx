/**
 * The end of a model form: the problems that belong to no single field, then
 * the Build button with the sentence saying what it does or why it is
 * disabled. Build stays reachable by keyboard when disabled
 * (disabledFocusable) and is described by that sentence (aria-describedby),
 * which is not a live region: it is read with the button, not on every
 * keystroke.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../core/i18n";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});

export interface BuildFooterProps {
  /** Problems of the model as a whole or of a whole row. */
  problems: readonly string[];
  /** The list's accessible name ("Problems in the model"). */
  problemsLabel: string;
  buildLabel: string;
  /** What Build does, shown while it is enabled. */
  buildHint: string;
  /** True while a pane action runs: Build waits, and says so. */
  busy: boolean;
  /** Why the form cannot be built (the validation's reason); null when it can. */
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
  busy,
  blocked: invalid,
  reasonId,
  onBuild,
}: BuildFooterProps) {
  const styles = useStyles();
  const blocked = busy ? t("pane.form.wait") : invalid;
  return (
    <>
      <ProblemList problems={problems} label={problemsLabel} />
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

/**
 * The frame every model form shares: a form with an accessible name that
 * never submits (Enter in a field must not build a new sheet: building
 * happens only on the Build button), an optional notice, then the row of
 * small buttons above the fields ("Load an example", "Import tiers from the
 * selection") and the fields. The buttons stay focusable while an action runs
 * (disabledFocusable), so the keyboard user's focus is not dropped.
 */
import { Button, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

export interface FormButton {
  label: string;
  onClick(): void;
}

export interface ModelFormFrameProps {
  /** The form's accessible name. */
  label: string;
  busy: boolean;
  /** Shown above the buttons (what a selection-based form reads). */
  notice?: ReactNode;
  /** The buttons above the fields; no row when there are none. */
  actions: readonly FormButton[];
  children: ReactNode;
}

export function ModelFormFrame({ label, busy, notice, actions, children }: ModelFormFrameProps) {
  const styles = useStyles();
  return (
    <form className={styles.form} aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {notice}
      {actions.length > 0 && (
        <div className={styles.actions}>
          {actions.map((action) => (
            <Button
              key={action.label}
              size="small"
              disabledFocusable={busy}
              onClick={action.onClick}
            >
              {action.label}
            </Button>
          ))}
        </div>
      )}
      {children}
    </form>
  );
}

/**
 * One row of a form's table drawn as a small card (a tier, a segment, a
 * channel, a guided sheet's campaign): at the pane's ~320 px width a wide grid
 * of inputs is unreadable, so each row is a fieldset named by its legend, with
 * its inputs two per line and its buttons — Remove last — at the bottom right.
 * Remove names the row it removes (aria-label), as a bare "Remove" repeated
 * per card would not tell a screen-reader user which one.
 */
import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useRowCardStyles } from "./useRowCardStyles";

export interface RowCardProps {
  legend: ReactNode;
  /** The row's inputs, laid out two per line. */
  children: ReactNode;
  /** Under the inputs, above the buttons (a channel's "Fill the curve" panel). */
  below?: ReactNode;
  /** Buttons before Remove. */
  buttons?: ReactNode;
  remove: {
    label: string;
    /** Names the row: "Remove tier 2 (10-49)". */
    ariaLabel: string;
    disabled: boolean;
    onClick(): void;
  };
}

export function RowCard({ legend, children, below, buttons, remove }: RowCardProps) {
  const styles = useRowCardStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.grid}>{children}</div>
      {below}
      <div className={styles.row}>
        {buttons}
        <Button
          size="small"
          appearance="subtle"
          disabled={remove.disabled}
          aria-label={remove.ariaLabel}
          onClick={remove.onClick}
        >
          {remove.label}
        </Button>
      </div>
    </fieldset>
  );
}

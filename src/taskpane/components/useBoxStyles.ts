/**
 * The pane's outlined box: a thin neutral border with rounded corners around
 * a short column of lines — one gallery entry, the Share tab's preview of
 * what will change. (A form row's card is a fieldset with its own spacing:
 * useRowCardStyles.)
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useBoxStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
});

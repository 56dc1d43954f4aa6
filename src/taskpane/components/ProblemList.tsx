/**
 * The problems of a form that belong to no single field (of the model as a
 * whole, of a whole row, of the selected table), as a named list in an error
 * bar above Build; nothing when there are none.
 */
import { makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: "16px" } });

export interface ProblemListProps {
  problems: readonly string[];
  /** The list's accessible name ("Problems in the model"). */
  label: string;
  /** The bar's layout (Fluent's MessageBar; "auto" lets it choose). */
  layout?: "auto" | "multiline";
}

export function ProblemList({ problems, label, layout }: ProblemListProps) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout={layout}>
      <MessageBarBody>
        <ul className={styles.list} aria-label={label}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

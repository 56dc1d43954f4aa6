/**
 * The Model tab: the Models picker over the chosen model's panel. A panel
 * once opened stays mounted but hidden (React's Activity) while another is
 * chosen, so switching models — or tabs, see App — never loses what was typed.
 */
import { Activity, useState } from "react";
import { MODEL_ENTRIES, type ModelPanelProps } from "./modelEntries";
import { ModelPicker } from "./ModelPicker";
import { PartFrame } from "./PartFrame";

export function ModelTab(props: ModelPanelProps) {
  const [chosen, setChosen] = useState(MODEL_ENTRIES[0].id);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([chosen]));
  const choose = (id: string) => {
    setChosen(id);
    setOpened((before) => new Set(before).add(id));
  };
  return (
    <>
      <ModelPicker value={chosen} disabled={props.busy} onChange={choose} />
      {MODEL_ENTRIES.filter((entry) => opened.has(entry.id)).map(({ id, Panel }) => (
        <Activity key={id} mode={id === chosen ? "visible" : "hidden"}>
          <PartFrame>
            <Panel {...props} />
          </PartFrame>
        </Activity>
      ))}
    </>
  );
}

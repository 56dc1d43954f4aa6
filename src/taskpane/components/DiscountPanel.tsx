/** The Discounts entry of the Models picker: the discount model's form over its workflow. */
import { useDiscountWorkflow } from "../hooks/useDiscountWorkflow";
import type { ModelPanelProps } from "./modelEntries";
import { ModelForm } from "./ModelForm";

export function DiscountPanel(props: ModelPanelProps) {
  const { form, dispatch, validation, loadExample, importSelection, build } =
    useDiscountWorkflow(props);
  return (
    <ModelForm
      form={form}
      validation={validation}
      dispatch={dispatch}
      busy={props.busy}
      onLoadExample={loadExample}
      onImportSelection={() => void importSelection()}
      onBuild={() => void build()}
    />
  );
}

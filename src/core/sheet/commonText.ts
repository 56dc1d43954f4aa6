/**
 * Words several sheets say alike: the inputs' heading with its colour legend,
 * the labels of the model's name and currency, the model sheets' summary,
 * objective and notes headings, and the label of a source read in place. One
 * key each, so a translation is made once and no sheet drifts from another;
 * each sheet's own table is merged over these by withCommonText.
 */
import { TRANSLATED_LANGUAGES } from "../language";
import { KK_INPUT_STYLE, type SheetTextTable } from "./sheetText";

const en = {
  inputsHeading: "Inputs (blue on yellow: edit these)",
  modelName: "Model name",
  currency: "Currency",
  summaryHeading: "Summary",
  totalProfit: "Total profit (objective)",
  notesHeading: "How to solve",
  sourceLabel: "Read from",
};

export type CommonSheetTextKey = keyof typeof en;

const ru: Record<CommonSheetTextKey, string> = {
  inputsHeading: "Исходные данные (синим на жёлтом — можно менять)",
  modelName: "Название модели",
  currency: "Валюта",
  summaryHeading: "Итоги",
  totalProfit: "Общая прибыль (целевая ячейка)",
  notesHeading: "Как найти решение",
  sourceLabel: "Источник данных",
};

const kk: Record<CommonSheetTextKey, string> = {
  inputsHeading: `Бастапқы деректер (${KK_INPUT_STYLE} мәндерді өзгертуге болады)`,
  modelName: "Модель атауы",
  currency: "Валюта",
  summaryHeading: "Қорытынды",
  totalProfit: "Барлық пайда (мақсат ұяшығы)",
  notesHeading: "Шешімді қалай табуға болады",
  sourceLabel: "Дерек көзі",
};

export const COMMON_SHEET_TEXT: SheetTextTable<CommonSheetTextKey> = { en, ru, kk };

/**
 * A sheet's own table with the common words added, language by language. A
 * sheet that needs other words for the same thing gives them another key: an
 * own key that repeats a common one is a bug, caught when the module loads.
 */
export function withCommonText<K extends string>(
  own: SheetTextTable<K>
): SheetTextTable<K | CommonSheetTextKey> {
  const repeated = Object.keys(own.en).filter((key) => key in COMMON_SHEET_TEXT.en);
  if (repeated.length > 0)
    throw new Error(`sheet text repeats the common words' keys: ${repeated.join(", ")}`);
  const translated = Object.fromEntries(
    TRANSLATED_LANGUAGES.map((language) => [
      language,
      { ...own[language], ...COMMON_SHEET_TEXT[language] },
    ])
  );
  return { en: { ...own.en, ...COMMON_SHEET_TEXT.en }, ...translated };
}

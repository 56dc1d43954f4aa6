/**
 * The words of the POSM sheet (core/sheet/sheetText) in English, Russian and
 * Kazakh, key by key (a test requires every key in every language). Only words
 * change with the language: formulas, number formats and names are the same.
 */
import type { SheetTextTable } from "../../sheet/sheetText";
import { KK_INPUT_STYLE_START } from "../../sheet/sheetText";

const en = {
  sheetName: "POSM - {name}",
  title: "Which POSM pays: {name}",
  note:
    "How to read this: the article's rule. A permanent POSM (a rack, a fridge) is worth it when it pays back within its service life: " +
    'payback = production cost / (monthly uplift × unit profit − monthly placement cost), "never" when the uplift does not cover the placement. ' +
    "A temporary POSM (wobblers, a material kit) has no payback: it must pay within the month, so its monthly profit must be at least 0. " +
    "Edit the blue cells on yellow; everything else recalculates.",
  tableHeading: "Options",
  option: "Option",
  kind: "Kind",
  uplift: "Monthly unit uplift",
  unitProfit: "Profit per unit, {currency}",
  placement: "Monthly placement cost, {currency}",
  months: "Placement months",
  production: "Production cost, {currency}",
  life: "Service life, months",
  kit: "Monthly kit cost, {currency}",
  monthlyProfit: "Monthly profit, {currency}",
  profit: "Profit over the placement, {currency}",
  roi: "ROI",
  payback: "Payback, months",
  paysBack: "Pays back?",
  permanent: "permanent",
  temporary: "temporary",
  never: "never",
  chartTitle: "Profit by option",
  chartAxis: "Profit, {currency}",
  markerComment: "Marks this sheet as an MKT POSM model",
};

export type PosmTextKey = keyof typeof en;

const ru: Record<PosmTextKey, string> = {
  sheetName: "POSM - {name}",
  title: "Какие POSM окупаются: {name}",
  note:
    "Как читать лист: правило из статьи. Постоянный POSM (стеллаж, холодильник) оправдан, если окупается за срок службы: " +
    "срок окупаемости = затраты на производство / (прирост продаж в месяц × прибыль на единицу − затраты на размещение в месяц); «никогда», если прирост не покрывает затраты на размещение. " +
    "У временных POSM (воблеры, комплект материалов) срока окупаемости нет: они должны окупиться в течение месяца, поэтому их прибыль за месяц должна быть не меньше 0. " +
    "Меняйте синие ячейки на жёлтом фоне, всё остальное пересчитается.",
  tableHeading: "Варианты",
  option: "Вариант",
  kind: "Тип",
  uplift: "Прирост продаж в месяц, шт.",
  unitProfit: "Прибыль на единицу, {currency}",
  placement: "Затраты на размещение в месяц, {currency}",
  months: "Месяцев размещения",
  production: "Затраты на производство, {currency}",
  life: "Срок службы, мес.",
  kit: "Затраты на комплект материалов в месяц, {currency}",
  monthlyProfit: "Прибыль в месяц, {currency}",
  profit: "Прибыль за период размещения, {currency}",
  roi: "ROI",
  payback: "Срок окупаемости, мес.",
  paysBack: "Окупается?",
  permanent: "постоянный",
  temporary: "временный",
  never: "никогда",
  chartTitle: "Прибыль по вариантам",
  chartAxis: "Прибыль, {currency}",
  markerComment: "Отмечает этот лист как модель POSM MKT",
};

const kk: Record<PosmTextKey, string> = {
  sheetName: "POSM - {name}",
  title: "Қай POSM өзін өтейді: {name}",
  note:
    "Қалай оқу керек: мақаладағы ереже. Тұрақты POSM (сөре, тоңазытқыш) қызмет ету мерзімі ішінде өзін өтесе, тиімді: " +
    "өтелу мерзімі = өндіріс шығыны / (айлық сатылым өсімі × бір бірліктің пайдасы − айлық орналастыру шығыны); өсім орналастыру шығынын жаппаса — «ешқашан». " +
    "Уақытша POSM-нің (воблерлер, материалдар жинағы) өтелу мерзімі жоқ: ол бір айдың ішінде өзін өтеуі тиіс, сондықтан оның айлық пайдасы кемінде 0 болуы керек. " +
    `${KK_INPUT_STYLE_START} ұяшықтарды өзгертіңіз; қалғанының бәрі қайта есептеледі.`,
  tableHeading: "Нұсқалар",
  option: "Нұсқа",
  kind: "Түрі",
  uplift: "Айлық сатылым өсімі, дана",
  unitProfit: "Бір бірліктің пайдасы, {currency}",
  placement: "Айлық орналастыру шығыны, {currency}",
  months: "Орналастыру айлары",
  production: "Өндіріс шығыны, {currency}",
  life: "Қызмет ету мерзімі, ай",
  kit: "Материалдар жинағының айлық құны, {currency}",
  monthlyProfit: "Айлық пайда, {currency}",
  profit: "Орналастыру кезеңіндегі пайда, {currency}",
  roi: "ROI",
  payback: "Өтелу мерзімі, ай",
  paysBack: "Өзін өтей ме?",
  permanent: "тұрақты",
  temporary: "уақытша",
  never: "ешқашан",
  chartTitle: "Нұсқалар бойынша пайда",
  chartAxis: "Пайда, {currency}",
  markerComment: "Бұл парақты MKT POSM моделі ретінде белгілейді",
};
export const POSM_SHEET_TEXT: SheetTextTable<PosmTextKey> = { en, ru, kk };

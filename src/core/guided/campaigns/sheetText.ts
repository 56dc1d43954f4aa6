/**
 * The words of the campaigns sheet (core/sheet/sheetText) in English, Russian and
 * Kazakh, key by key (a test requires every key in every language). Only words
 * change with the language: formulas, number formats and names are the same.
 */
import type { SheetTextTable } from "../../sheet/sheetText";
import { withCommonText, type CommonSheetTextKey } from "../../sheet/commonText";
import { KK_INPUT_STYLE_START } from "../../sheet/sheetText";

const en = {
  sheetName: "Campaigns - {name}",
  title: "Campaign comparison: {name}",
  note:
    "How to read this: each row compares a campaign's sales before and during it with its trade-marketing (TM) cost. " +
    "ROMI = (incremental revenue × gross margin − cost) / cost; its band follows the article (below 30% below acceptable, " +
    "30-50% acceptable, 50-80% good, 80-200% excellent, 200% and more outstanding). Lift per cost is the extra revenue per 1 {currency} spent; " +
    'cost per extra unit and TM cost share say "no growth" when units or sales did not grow. Edit the blue cells on yellow; everything else recalculates.',
  defaultMargin: "Default gross margin",
  tableHeading: "Campaigns",
  campaign: "Campaign",
  salesBefore: "Sales before, {currency}",
  salesNow: "Sales now, {currency}",
  unitsBefore: "Units before",
  unitsNow: "Units now",
  cost: "TM cost, {currency}",
  ownMargin: "Own gross margin (blank: default)",
  marginUsed: "Gross margin used",
  incrementalRevenue: "Incremental revenue, {currency}",
  romi: "ROMI",
  band: "ROMI band",
  rank: "Rank by ROMI",
  liftPerCost: "Sales lift per 1 {currency} of cost",
  costPerUnit: "Cost per extra unit, {currency}",
  tmShare: "TM cost share of extra sales",
  total: "All campaigns",
  noGrowth: "no growth",
  chartTitle: "ROMI by campaign",
  chartAxis: "ROMI",
  markerComment: "Marks this sheet as an MKT campaigns model",
};

type OwnCampaignsTextKey = keyof typeof en;
export type CampaignsTextKey = OwnCampaignsTextKey | CommonSheetTextKey;

const ru: Record<OwnCampaignsTextKey, string> = {
  sheetName: "Кампании - {name}",
  title: "Сравнение кампаний: {name}",
  note:
    "Как читать лист: в каждой строке продажи до кампании и во время неё сопоставлены с затратами на трейд-маркетинг (ТМ). " +
    "ROMI = (дополнительная выручка × валовая маржа − затраты) / затраты; оценка ROMI — по шкале статьи (ниже 30% — ниже приемлемого, " +
    "30–50% — приемлемый, 50–80% — хороший, 80–200% — отличный, 200% и больше — выдающийся). Прирост продаж на 1 {currency} затрат — дополнительная выручка " +
    "на каждую вложенную денежную единицу; затраты на доп. единицу и доля затрат на ТМ показывают «нет роста», если продажи в штуках или в деньгах не выросли. " +
    "Меняйте синие ячейки на жёлтом фоне, всё остальное пересчитается.",
  defaultMargin: "Валовая маржа по умолчанию",
  tableHeading: "Кампании",
  campaign: "Кампания",
  salesBefore: "Продажи до, {currency}",
  salesNow: "Продажи сейчас, {currency}",
  unitsBefore: "Продажи до, шт.",
  unitsNow: "Продажи сейчас, шт.",
  cost: "Затраты на ТМ, {currency}",
  ownMargin: "Своя валовая маржа (пусто — по умолчанию)",
  marginUsed: "Валовая маржа в расчёте",
  incrementalRevenue: "Дополнительная выручка, {currency}",
  romi: "ROMI",
  band: "Оценка ROMI",
  rank: "Место по ROMI",
  liftPerCost: "Прирост продаж на 1 {currency} затрат",
  costPerUnit: "Затраты на доп. единицу, {currency}",
  tmShare: "Доля затрат на ТМ в приросте продаж",
  total: "Все кампании",
  noGrowth: "нет роста",
  chartTitle: "ROMI по кампаниям",
  chartAxis: "ROMI",
  markerComment: "Отмечает этот лист как модель сравнения кампаний MKT",
};

const kk: Record<OwnCampaignsTextKey, string> = {
  sheetName: "Науқандар - {name}",
  title: "Науқандарды салыстыру: {name}",
  note:
    "Қалай оқу керек: әр жолда науқанға дейінгі және науқан кезіндегі сатылым трейд-маркетинг (ТМ) шығынымен салыстырылады. " +
    "ROMI = (қосымша түсім × жалпы маржа − шығын) / шығын; ROMI бағасы мақаладағы шкала бойынша (30%-дан төмен — қолайлыдан төмен, " +
    "30–50% — қолайлы, 50–80% — жақсы, 80–200% — өте жақсы, 200% және одан жоғары — ерекше). 1 {currency} шығынға келетін сатылым өсімі — жұмсалған " +
    "әр ақша бірлігіне келетін қосымша түсім; сатылым данамен немесе ақшалай өспесе, қосымша бірліктің құны мен ТМ шығынының үлесі «өсім жоқ» деп көрсетеді. " +
    `${KK_INPUT_STYLE_START} ұяшықтарды өзгертіңіз; қалғанының бәрі қайта есептеледі.`,
  defaultMargin: "Әдепкі жалпы маржа",
  tableHeading: "Науқандар",
  campaign: "Науқан",
  salesBefore: "Бұрынғы сатылым, {currency}",
  salesNow: "Қазіргі сатылым, {currency}",
  unitsBefore: "Бұрынғы сатылым, дана",
  unitsNow: "Қазіргі сатылым, дана",
  cost: "ТМ шығыны, {currency}",
  ownMargin: "Өз жалпы маржасы (бос болса — әдепкі)",
  marginUsed: "Есептегі жалпы маржа",
  incrementalRevenue: "Қосымша түсім, {currency}",
  romi: "ROMI",
  band: "ROMI бағасы",
  rank: "ROMI бойынша орны",
  liftPerCost: "1 {currency} шығынға келетін сатылым өсімі",
  costPerUnit: "Қосымша бірліктің құны, {currency}",
  tmShare: "ТМ шығынының сатылым өсіміндегі үлесі",
  total: "Барлық науқандар",
  noGrowth: "өсім жоқ",
  chartTitle: "Науқандар бойынша ROMI",
  chartAxis: "ROMI",
  markerComment: "Бұл парақты MKT науқандарды салыстыру моделі ретінде белгілейді",
};
export const CAMPAIGNS_SHEET_TEXT: SheetTextTable<CampaignsTextKey> = withCommonText({
  en,
  ru,
  kk,
});

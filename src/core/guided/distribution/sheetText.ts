/**
 * The words of the distribution sheet (core/sheet/sheetText) in English, Russian and
 * Kazakh, key by key (a test requires every key in every language). Only words
 * change with the language: formulas, number formats and names are the same.
 */
import type { SheetTextTable } from "../../sheet/sheetText";
import { withCommonText, type CommonSheetTextKey } from "../../sheet/commonText";

const en = {
  sheetName: "Distribution - {name}",
  dataSheetName: "Stores",
  title: "Distribution: {name}",
  note:
    "How to read this: DN (numeric distribution) is the share of stores selling the category that had the product; WD (weighted distribution) " +
    "is their share of the category's sales; clean distribution counts the stores that had it in every period. Only stores that sell the category " +
    "count (a blank sells_category cell means it does not). The formulas read the store list in place ({source}): edit it there and this sheet " +
    "recalculates; a group added to the list later needs a new sheet.",
  sourceHeading: "Store list",
  storesLabel: "Stores in the list",
  sellingLabel: "Stores selling the category",
  salesLabel: "Category sales of those stores",
  periodHeading: "By period",
  period: "Period",
  dn: "DN (numeric)",
  wd: "WD (weighted)",
  present: "Stores with the product",
  change: "Change, first to last period",
  clean: "Clean distribution (present in every period)",
  groupHeading: "By group (first and last period)",
  group: "Group",
  groupStores: "Stores selling the category",
  dnFirst: "DN first",
  dnLast: "DN last",
  dnChange: "DN change",
  wdFirst: "WD first",
  wdLast: "WD last",
  wdChange: "WD change",
  groupClean: "Clean",
  noStores: "no stores",
  chartTitle: "DN and WD by period",
  chartAxis: "Share of stores / of category sales",
  markerComment: "Marks this sheet as an MKT distribution model",
};

type OwnDistributionTextKey = keyof typeof en;
export type DistributionTextKey = OwnDistributionTextKey | CommonSheetTextKey;

const ru: Record<OwnDistributionTextKey, string> = {
  sheetName: "Дистрибуция - {name}",
  dataSheetName: "Магазины",
  title: "Дистрибуция: {name}",
  note:
    "Как читать лист: DN (численная, или нумерическая, дистрибуция) — доля магазинов, торгующих категорией, в которых был товар; WD (взвешенная дистрибуция) — " +
    "доля этих магазинов в продажах категории; чистая дистрибуция учитывает магазины, в которых товар был в каждом периоде. Учитываются только магазины, " +
    "торгующие категорией (пустая ячейка sells_category означает, что магазин ею не торгует). Формулы читают список магазинов на месте ({source}): " +
    "меняйте его там, и этот лист пересчитается; для группы, добавленной в список позже, нужен новый лист.",
  sourceHeading: "Список магазинов",
  storesLabel: "Магазинов в списке",
  sellingLabel: "Магазинов, торгующих категорией",
  salesLabel: "Продажи категории в этих магазинах",
  periodHeading: "По периодам",
  period: "Период",
  dn: "DN (численная)",
  wd: "WD (взвешенная)",
  present: "Магазинов с товаром",
  change: "Изменение с первого по последний период",
  clean: "Чистая дистрибуция (товар в каждом периоде)",
  groupHeading: "По группам (первый и последний период)",
  group: "Группа",
  groupStores: "Магазинов, торгующих категорией",
  dnFirst: "DN, первый период",
  dnLast: "DN, последний период",
  dnChange: "Изменение DN",
  wdFirst: "WD, первый период",
  wdLast: "WD, последний период",
  wdChange: "Изменение WD",
  groupClean: "Чистая",
  noStores: "нет магазинов",
  chartTitle: "DN и WD по периодам",
  chartAxis: "Доля магазинов / продаж категории",
  markerComment: "Отмечает этот лист как модель дистрибуции MKT",
};

const kk: Record<OwnDistributionTextKey, string> = {
  sheetName: "Дистрибуция - {name}",
  dataSheetName: "Дүкендер",
  title: "Дистрибуция: {name}",
  note:
    "Қалай оқу керек: DN (сандық, немесе нумерикалық, дистрибуция) — санатты сататын дүкендердің ішінде тауар болған дүкендердің үлесі; WD (салмақты дистрибуция) — " +
    "осы дүкендердің санат сатылымындағы үлесі; таза дистрибуция тауар әр кезеңде болған дүкендерді санайды. Тек санатты сататын дүкендер ескеріледі " +
    "(sells_category ұяшығы бос болса, дүкен санатты сатпайды). Формулалар дүкендер тізімін орнында оқиды ({source}): тізімді сол жерде өзгертсеңіз, " +
    "бұл парақ қайта есептеледі; тізімге кейін қосылған топ үшін жаңа парақ құру керек.",
  sourceHeading: "Дүкендер тізімі",
  storesLabel: "Тізімдегі дүкендер",
  sellingLabel: "Санатты сататын дүкендер",
  salesLabel: "Осы дүкендердің санат сатылымы",
  periodHeading: "Кезеңдер бойынша",
  period: "Кезең",
  dn: "DN (сандық)",
  wd: "WD (салмақты)",
  present: "Тауар бар дүкендер",
  change: "Бірінші кезеңнен соңғы кезеңге дейінгі өзгеріс",
  clean: "Таза дистрибуция (тауар әр кезеңде болған)",
  groupHeading: "Топтар бойынша (бірінші және соңғы кезең)",
  group: "Топ",
  groupStores: "Санатты сататын дүкендер",
  dnFirst: "DN, бірінші кезең",
  dnLast: "DN, соңғы кезең",
  dnChange: "DN өзгерісі",
  wdFirst: "WD, бірінші кезең",
  wdLast: "WD, соңғы кезең",
  wdChange: "WD өзгерісі",
  groupClean: "Таза",
  noStores: "дүкен жоқ",
  chartTitle: "Кезеңдер бойынша DN және WD",
  chartAxis: "Дүкендер / санат сатылымы үлесі",
  markerComment: "Бұл парақты MKT дистрибуция моделі ретінде белгілейді",
};
export const DISTRIBUTION_SHEET_TEXT: SheetTextTable<DistributionTextKey> = withCommonText({
  en,
  ru,
  kk,
});

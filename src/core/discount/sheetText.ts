/**
 * The words of the discount sheet, one table per language (core/sheet/sheetText):
 * English, Russian and Kazakh, key by key (a key missing in a language falls back
 * to English; a test requires every key in every language). Only words change
 * with the language: formulas, number formats and the Solver model are the same
 * in every sheet. Menu names follow each Excel: Russian Excel translates Solver
 * («Поиск решения», method «ОПГ»); the Kazakh interface pack keeps Solver's
 * English names, so the Kazakh notes use them.
 */
import type { SheetTextTable } from "../sheet/sheetText";
import { withCommonText, type CommonSheetTextKey } from "../sheet/commonText";

const en = {
  title: "Discount optimisation: {name}",
  listPrice: "List price per unit",
  unitCost: "Variable cost per unit",
  orderCost: "Cost per order (paperwork, delivery)",
  maxDiscount: "Maximum discount",
  tiersHeading: "Order-size tiers",
  tier: "Tier",
  minQty: "Min quantity",
  ordersPerPeriod: "Orders per period",
  orders: "Orders",
  unitsPerOrder: "Units per order",
  minMargin: "Min margin",
  segmentsHeading: "Buyer segments (share of each tier's orders)",
  segment: "Segment",
  elasticity: "Elasticity",
  shareOfTier: "Share {tier}",
  decisionsHeading: "Discount per tier (green: what Solver changes) and results",
  discount: "Discount",
  units: "Units",
  revenue: "Revenue",
  profit: "Profit",
  margin: "Margin",
  floorSlack: "Floor slack (>= 0)",
  chainGap: "Chain gap (>= 0)",
  maxDiscountShort: "Max discount",
  baselineProfit: "Profit at no discount",
  totalUnits: "Total units",
  totalRevenue: "Total revenue",
  baseline: "Profit at no discount (baseline)",
  uplift: "Uplift over baseline",
  upliftShare: "Uplift, % of baseline",
  calculationsHeading: "Calculations per tier and segment",
  sensitivityHeading: "Sensitivity: profit of each tier by discount",
  noteSolve:
    "Data > Solver > Solve. The objective, the decision cells and the constraints are already saved with this sheet.",
  noteConstraints:
    "Constraints: floor slack >= 0 (each tier's minimum margin), chain gap >= 0 (a bigger order never gets a smaller discount), discount <= maximum, discount >= 0.",
  noteLocal:
    "Solver's GRG Nonlinear engine finds a local optimum: when a tier mixes buyers of very different elasticity its profit can have two humps, and GRG may stop at the first.",
  noteGlobal:
    "For the global optimum tick Use Multistart in Solver's GRG options, or run the MKT add-in's optimiser ({command}, then {tab} in the {pane} pane), which also reports how sure it is.",
  noteSensitivity:
    "The sensitivity table covers 0 to the maximum discount as it was when the sheet was built; rebuild the sheet after changing the maximum.",
  chartTitle: "Profit of each tier by discount",
  chartDiscountAxis: "Discount",
  chartProfitAxis: "Profit ({currency})",
  markerComment: "Marks this sheet as an MKT discount model",
  sheetName: "Discount model",
  sheetNameFor: "Discounts - {product}",
};

type OwnDiscountSheetTextKey = keyof typeof en;
export type DiscountSheetTextKey = OwnDiscountSheetTextKey | CommonSheetTextKey;

const ru: Record<OwnDiscountSheetTextKey, string> = {
  title: "Оптимизация скидок: {name}",
  listPrice: "Цена по прайс-листу за единицу",
  unitCost: "Переменные затраты на единицу",
  orderCost: "Затраты на заказ (документы, доставка)",
  maxDiscount: "Максимальная скидка",
  tiersHeading: "Ступени объёма заказа",
  tier: "Ступень",
  minQty: "Мин. кол-во",
  ordersPerPeriod: "Заказов за период",
  orders: "Заказы",
  unitsPerOrder: "Единиц в заказе",
  minMargin: "Мин. маржа",
  segmentsHeading: "Сегменты покупателей (доля в заказах каждой ступени)",
  segment: "Сегмент",
  elasticity: "Эластичность",
  shareOfTier: "Доля {tier}",
  decisionsHeading: "Скидка по ступеням (зелёные ячейки меняет «Поиск решения») и результаты",
  discount: "Скидка",
  units: "Единицы",
  revenue: "Выручка",
  profit: "Прибыль",
  margin: "Маржа",
  floorSlack: "Запас до мин. маржи (>= 0)",
  chainGap: "Шаг скидки к следующей ступени (>= 0)",
  maxDiscountShort: "Макс. скидка",
  baselineProfit: "Прибыль без скидки",
  totalUnits: "Всего единиц",
  totalRevenue: "Выручка, всего",
  baseline: "Прибыль без скидок (база)",
  uplift: "Прирост к базе",
  upliftShare: "Прирост, % от базы",
  calculationsHeading: "Расчёты по ступеням и сегментам",
  sensitivityHeading: "Чувствительность: прибыль каждой ступени в зависимости от скидки",
  noteSolve:
    "Данные > Поиск решения > Найти решение. Целевая ячейка, изменяемые ячейки и ограничения уже сохранены в этом листе.",
  noteConstraints:
    "Ограничения: запас до мин. маржи >= 0 (минимальная маржа каждой ступени), шаг скидки >= 0 (больший заказ никогда не получает меньшую скидку), скидка <= максимальной, скидка >= 0.",
  noteLocal:
    "Метод «Поиск решения нелинейных задач методом ОПГ» находит локальный оптимум: если в ступени смешаны покупатели с очень разной эластичностью, у её прибыли может быть два максимума, и ОПГ может остановиться на первом.",
  noteGlobal:
    "Для глобального оптимума установите флажок «Использовать мультизапуск» в параметрах «Поиска решения» для метода ОПГ или запустите оптимизатор надстройки MKT ({command}, затем вкладка «{tab}» в области «{pane}»): он также сообщает, насколько надёжен найденный ответ.",
  noteSensitivity:
    "Таблица чувствительности охватывает скидки от 0 до максимальной — такой, какой она была при построении листа; после изменения максимума постройте лист заново.",
  chartTitle: "Прибыль каждой ступени в зависимости от скидки",
  chartDiscountAxis: "Скидка",
  chartProfitAxis: "Прибыль ({currency})",
  markerComment: "Отмечает этот лист как модель скидок MKT",
  sheetName: "Модель скидок",
  sheetNameFor: "Скидки - {product}",
};

const kk: Record<OwnDiscountSheetTextKey, string> = {
  title: "Жеңілдіктерді оңтайландыру: {name}",
  listPrice: "Бір бірліктің прейскуранттық бағасы",
  unitCost: "Бір бірліктің айнымалы шығыны",
  orderCost: "Тапсырыс шығыны (құжаттар, жеткізу)",
  maxDiscount: "Ең үлкен жеңілдік",
  tiersHeading: "Тапсырыс көлемінің сатылары",
  tier: "Саты",
  minQty: "Ең аз саны",
  ordersPerPeriod: "Кезеңдегі тапсырыстар",
  orders: "Тапсырыстар",
  unitsPerOrder: "Бір тапсырыстағы бірлік",
  minMargin: "Ең аз маржа",
  segmentsHeading: "Сатып алушылар сегменттері (әр сатының тапсырыстарындағы үлесі)",
  segment: "Сегмент",
  elasticity: "Икемділік",
  shareOfTier: "{tier} үлесі",
  decisionsHeading: "Сатылар бойынша жеңілдік (жасыл ұяшықтарды Solver өзгертеді) және нәтижелер",
  discount: "Жеңілдік",
  units: "Бірліктер",
  revenue: "Түсім",
  profit: "Пайда",
  margin: "Маржа",
  floorSlack: "Ең аз маржаға дейінгі қор (>= 0)",
  chainGap: "Келесі сатыға дейінгі жеңілдік қадамы (>= 0)",
  maxDiscountShort: "Ең үлкен жеңілдік",
  baselineProfit: "Жеңілдіксіз пайда",
  totalUnits: "Барлық бірлік",
  totalRevenue: "Барлық түсім",
  baseline: "Жеңілдіксіз пайда (база)",
  uplift: "Базадан өсім",
  upliftShare: "Өсім, базаның %-ы",
  calculationsHeading: "Сатылар мен сегменттер бойынша есептеулер",
  sensitivityHeading: "Сезімталдық: әр сатының пайдасы жеңілдікке қарай",
  noteSolve:
    "Деректер > Solver > Solve. Мақсат ұяшығы, өзгеретін ұяшықтар және шектеулер осы парақпен бірге сақталған.",
  noteConstraints:
    "Шектеулер: ең аз маржаға дейінгі қор >= 0 (әр сатының ең аз маржасы), жеңілдік қадамы >= 0 (үлкен тапсырыс ешқашан кішірек жеңілдік алмайды), жеңілдік <= ең үлкен жеңілдік, жеңілдік >= 0.",
  noteLocal:
    "Solver-дің GRG Nonlinear әдісі жергілікті оңтайлы нүктені табады: бір сатыда икемділігі мүлде әртүрлі сатып алушылар араласса, оның пайдасының екі шыңы болуы мүмкін, ал GRG біріншісінде тоқтап қалуы мүмкін.",
  noteGlobal:
    "Жаһандық оңтайлы нүкте үшін Solver-дің GRG параметрлерінде Use Multistart белгісін қойыңыз немесе MKT қондырмасының оңтайландырғышын іске қосыңыз ({command}, содан кейін «{pane}» тақтасындағы «{tab}» қойындысы): ол жауабына қаншалықты сенімді екенін де айтады.",
  noteSensitivity:
    "Сезімталдық кестесі 0-ден парақ құрылған кездегі ең үлкен жеңілдікке дейінгі аралықты қамтиды; ең үлкен жеңілдікті өзгерткен соң парақты қайта құрыңыз.",
  chartTitle: "Әр сатының пайдасы жеңілдікке қарай",
  chartDiscountAxis: "Жеңілдік",
  chartProfitAxis: "Пайда ({currency})",
  markerComment: "Бұл парақты MKT жеңілдіктер моделі ретінде белгілейді",
  sheetName: "Жеңілдіктер моделі",
  sheetNameFor: "Жеңілдіктер - {product}",
};

export const DISCOUNT_SHEET_TEXT: SheetTextTable<DiscountSheetTextKey> = withCommonText({
  en,
  ru,
  kk,
});

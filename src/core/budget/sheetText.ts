/**
 * The words of the budget sheet, one table per language (core/sheet/sheetText):
 * English, Russian and Kazakh, every key in each (a test checks it). Menu
 * names follow each Excel, as on the discount sheet: Russian Excel says
 * «Поиск решения»; the Kazakh interface pack keeps Solver's English names.
 */
import type { SheetTextTable } from "../sheet/sheetText";
import { withCommonText, type CommonSheetTextKey } from "../sheet/commonText";

const en = {
  title: "Budget allocation: {name}",
  budget: "Budget",
  spendAll: "Whole budget must be spent",
  yes: "yes (Solver: total spend = budget)",
  no: "no (Solver: total spend <= budget)",
  channelsHeading: "Channels and their response curves (margin: gross profit per unit of response)",
  channel: "Channel",
  responseModel: "Curve",
  adbudg: "ADBUDG",
  vidaleWolfe: "Vidale-Wolfe",
  minSpend: "Min spend",
  maxSpend: "Max spend",
  currentSpend: "Current spend",
  margin: "Margin",
  floor: "Floor",
  ceiling: "Ceiling",
  shape: "Shape γ",
  halfSaturation: "Half-sat. spend K",
  adbudgGroup: "ADBUDG: MKT.ADBUDG's arguments",
  vidaleWolfeGroup: "Vidale-Wolfe: MKT.VIDALE_WOLFE's",
  responseRate: "Response rate r",
  saturationSales: "Saturation M",
  decayRate: "Decay rate λ",
  decisionsHeading: "Spend per channel (green: what Solver changes) and results",
  spend: "Spend",
  response: "Response",
  profit: "Profit",
  marginalReturn: "Marginal return",
  responseAtCurrent: "Response now",
  profitAtCurrent: "Profit now",
  totalSpend: "Total spend",
  unspent: "Budget left unspent",
  currentProfit: "Profit at current spends",
  change: "Change against current spends",
  curvesHeading: "Response curves (the charts' data: 41 spends from 0 to each channel's maximum)",
  curveSpend: "{channel}: spend",
  curveResponse: "Response",
  chartsHeading: "Response curves: current spend and the spend in the sheet",
  chartTitle: "{channel}: response to spend",
  chartSpendAxis: "Spend, {currency}",
  chartResponseAxis: "Response",
  seriesCurve: "Response curve",
  seriesCurrent: "Current spend",
  seriesOptimal: "Spend in the sheet",
  noteSolve:
    "Data > Solver opens with the model filled in: maximise the total profit by changing the green spend cells, within each channel's minimum and maximum and the budget.",
  noteFormulas:
    "Every response and profit is a native Excel formula (ADBUDG: floor + (ceiling − floor)·x^shape/(K^shape + x^shape); Vidale-Wolfe: M·r·x/(r·x + decay·M)); profit = margin × response − spend. The sheet computes without the add-in.",
  noteLocal:
    "An S-shaped curve (ADBUDG shape above 1) is flat at zero spend, so Solver's GRG started from zero never spends on it. Multistart is switched on in this model; it still gives no proof of a global optimum.",
  noteGlobal:
    "The MKT add-in (Optimise in the pane, or mkt budget solve) finds the global optimum with a certificate: no split of the budget can earn more than the figure it states.",
  markerComment: "MKT budget model, version 1",
};

type OwnBudgetSheetTextKey = keyof typeof en;
export type BudgetSheetTextKey = OwnBudgetSheetTextKey | CommonSheetTextKey;

const ru: Record<OwnBudgetSheetTextKey, string> = {
  title: "Распределение бюджета: {name}",
  budget: "Бюджет",
  spendAll: "Бюджет тратится полностью",
  yes: "да (Поиск решения: сумма затрат = бюджет)",
  no: "нет (Поиск решения: сумма затрат <= бюджет)",
  channelsHeading: "Каналы и их кривые отклика (маржа: валовая прибыль на единицу отклика)",
  channel: "Канал",
  responseModel: "Кривая",
  adbudg: "ADBUDG",
  vidaleWolfe: "Видейл — Вулф",
  minSpend: "Мин. затраты",
  maxSpend: "Макс. затраты",
  currentSpend: "Текущие затраты",
  margin: "Маржа",
  floor: "Нижний уровень",
  ceiling: "Потолок",
  shape: "Форма γ",
  halfSaturation: "Затраты полунас. K",
  adbudgGroup: "ADBUDG: аргументы MKT.ADBUDG",
  vidaleWolfeGroup: "Видейл — Вулф: аргументы MKT.VIDALE_WOLFE",
  responseRate: "Отклик r",
  saturationSales: "Насыщение M",
  decayRate: "Затухание λ",
  decisionsHeading: "Затраты по каналам (зелёные ячейки меняет «Поиск решения») и результаты",
  spend: "Затраты",
  response: "Отклик",
  profit: "Прибыль",
  marginalReturn: "Предельная отдача",
  responseAtCurrent: "Отклик сейчас",
  profitAtCurrent: "Прибыль сейчас",
  totalSpend: "Всего затрат",
  unspent: "Неизрасходованный бюджет",
  currentProfit: "Прибыль при текущих затратах",
  change: "Изменение к текущим затратам",
  curvesHeading: "Кривые отклика (данные графиков: 41 уровень затрат от 0 до максимума канала)",
  curveSpend: "{channel}: затраты",
  curveResponse: "Отклик",
  chartsHeading: "Кривые отклика: текущие затраты и затраты на листе",
  chartTitle: "{channel}: отклик на затраты",
  chartSpendAxis: "Затраты, {currency}",
  chartResponseAxis: "Отклик",
  seriesCurve: "Кривая отклика",
  seriesCurrent: "Текущие затраты",
  seriesOptimal: "Затраты на листе",
  noteSolve:
    "Данные > Поиск решения открывается с готовой моделью: максимизировать общую прибыль, меняя зелёные ячейки затрат, в пределах минимума и максимума каждого канала и бюджета.",
  noteFormulas:
    "Каждый отклик и каждая прибыль — обычная формула Excel (ADBUDG: нижний уровень + (потолок − нижний уровень)·x^форма/(K^форма + x^форма); Видейл — Вулф: M·r·x/(r·x + затухание·M)); прибыль = маржа × отклик − затраты. Лист считает и без надстройки.",
  noteLocal:
    "S-образная кривая (форма ADBUDG больше 1) плоская при нулевых затратах, поэтому метод «ОПГ» Поиска решения, начатый с нуля, не начинает вкладывать в такой канал. В этой модели включён мультистарт, но и он не доказывает глобальный оптимум.",
  noteGlobal:
    "Надстройка MKT («Оптимизировать» в области задач или mkt budget solve) находит глобальный оптимум с сертификатом: никакое распределение бюджета не даст больше указанной в нём величины.",
  markerComment: "Модель бюджета MKT, версия 1",
};

/** Kazakh: the Kazakh interface pack keeps Solver's English names (as the discount sheet notes). */
const kk: Record<OwnBudgetSheetTextKey, string> = {
  title: "Бюджетті бөлу: {name}",
  budget: "Бюджет",
  spendAll: "Бюджет толық жұмсалады",
  yes: "иә (Solver: шығындар сомасы = бюджет)",
  no: "жоқ (Solver: шығындар сомасы <= бюджет)",
  channelsHeading:
    "Арналар және олардың жауап қисықтары (маржа: жауаптың бір бірлігіне келетін жалпы пайда)",
  channel: "Арна",
  responseModel: "Қисық",
  adbudg: "ADBUDG",
  vidaleWolfe: "Видейл — Вулф",
  minSpend: "Ең аз шығын",
  maxSpend: "Ең көп шығын",
  currentSpend: "Қазіргі шығын",
  margin: "Маржа",
  floor: "Төменгі деңгей",
  ceiling: "Шекті деңгей",
  shape: "Пішін γ",
  halfSaturation: "Жартылай қанығу K",
  adbudgGroup: "ADBUDG: MKT.ADBUDG аргументтері",
  vidaleWolfeGroup: "Видейл — Вулф: MKT.VIDALE_WOLFE аргументтері",
  responseRate: "Жауап r",
  saturationSales: "Қанығу M",
  decayRate: "Бәсеңдеу λ",
  decisionsHeading: "Арналар бойынша шығын (жасыл ұяшықтарды Solver өзгертеді) және нәтижелер",
  spend: "Шығын",
  response: "Жауап",
  profit: "Пайда",
  marginalReturn: "Шекті қайтарым",
  responseAtCurrent: "Қазіргі жауап",
  profitAtCurrent: "Қазіргі пайда",
  totalSpend: "Барлық шығын",
  unspent: "Жұмсалмаған бюджет",
  currentProfit: "Қазіргі шығындардағы пайда",
  change: "Қазіргі шығындармен салыстырғандағы өзгеріс",
  curvesHeading:
    "Жауап қисықтары (графиктер деректері: 0-ден арнаның ең көп шығынына дейін 41 шығын деңгейі)",
  curveSpend: "{channel}: шығын",
  curveResponse: "Жауап",
  chartsHeading: "Жауап қисықтары: қазіргі шығын және парақтағы шығын",
  chartTitle: "{channel}: шығынға жауап",
  chartSpendAxis: "Шығын, {currency}",
  chartResponseAxis: "Жауап",
  seriesCurve: "Жауап қисығы",
  seriesCurrent: "Қазіргі шығын",
  seriesOptimal: "Парақтағы шығын",
  noteSolve:
    "Деректер > Solver дайын модельмен ашылады: әр арнаның ең аз және ең көп шығыны мен бюджет шегінде жасыл шығын ұяшықтарын өзгертіп, барлық пайданы барынша арттыру.",
  noteFormulas:
    "Әр жауап пен пайда — кәдімгі Excel формуласы (ADBUDG: төменгі деңгей + (шекті деңгей − төменгі деңгей)·x^пішін/(K^пішін + x^пішін); Видейл — Вулф: M·r·x/(r·x + бәсеңдеу·M)); пайда = маржа × жауап − шығын. Парақ қондырмасыз да есептейді.",
  noteLocal:
    "S тәрізді қисық (ADBUDG пішіні 1-ден үлкен) нөлдік шығында жазық, сондықтан нөлден басталған Solver-дің GRG Nonlinear әдісі мұндай арнаға қаражат салмайды. Бұл модельде Multistart қосулы, бірақ ол да жаһандық оптимумды дәлелдемейді.",
  noteGlobal:
    "MKT қондырмасы (тапсырмалар аймағындағы «Оңтайландыру» немесе mkt budget solve) жаһандық оптимумды сертификатпен табады: бюджетті ешбір бөлу онда көрсетілген шамадан артық пайда әкелмейді.",
  markerComment: "MKT бюджет моделі, 1-нұсқа",
};

export const BUDGET_SHEET_TEXT: SheetTextTable<BudgetSheetTextKey> = withCommonText({ en, ru, kk });

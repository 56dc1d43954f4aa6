/**
 * The words of the survey sheet (core/sheet/sheetText) in English, Russian and
 * Kazakh, key by key (a test requires every key in every language). Only words
 * change with the language: formulas, number formats and names are the same.
 */
import type { SheetTextTable } from "../../sheet/sheetText";
import { withCommonText, type CommonSheetTextKey } from "../../sheet/commonText";
import { KK_INPUT_STYLE } from "../../sheet/sheetText";

const en = {
  sheetName: "Survey - {name}",
  dataSheetName: "Answers",
  title: "Client orientation: {name}",
  note:
    "How to read this: for each target group and service, the share of answers 4 and 5 among the group's answers; the hypothesis that the service " +
    "matters to the group is confirmed when that share is more than the threshold (the article: one half). The survey's coefficient is the group's mean score. " +
    "Effects follow the article's Table 3: extra visitors a day = daily visitors × (traffic share + additional share) × q_f, extra checks the same × q_ch. " +
    "The article says the two expert coefficients add up to the overall one, yet its values (0.1-0.3) cannot be mean scores on a 0-5 scale, so the sheet " +
    "shows the survey's coefficient beside the experts' q_f and q_ch and computes with the experts' values. The answers are read in place ({source}).",
  surveyHeading: "Survey",
  dailyVisitors: "Daily visitors",
  threshold: "Confirmation threshold (share of answers 4 and 5)",
  minimumSample: "Minimum sample (share of daily visitors)",
  respondents: "Respondents",
  sampleShare: "Sample, share of daily visitors",
  sampleCheck: "Sample check",
  sampleMissing: "enter the daily visitors",
  sampleSmall: "below the minimum: read the results as indicative",
  sampleOk: "large enough",
  sharesHeading: "Share of answers 4 and 5",
  confirmedHeading: "Hypothesis confirmed (share above the threshold)",
  meanHeading: "Influence coefficient (mean score, 0-5)",
  group: "Group",
  noAnswers: "no answers",
  effectsHeading: "Effects (the article's Table 3; experts' coefficients in blue on yellow)",
  service: "Service",
  trafficShare: "Traffic share",
  additionalShare: "Additional traffic share",
  frequencyCoef: "q_f (visits)",
  checksCoef: "q_ch (checks)",
  visitors: "Extra visitors a day",
  checks: "Extra checks a day",
  surveyCoef: "Survey coefficient (mean score)",
  confirmed: "Survey confirms",
  noSurveyData: "no survey data",
  chartTitle: "Effects by service",
  chartAxis: "Per day",
  markerComment: "Marks this sheet as an MKT client-orientation survey model",
};

type OwnSurveyTextKey = keyof typeof en;
export type SurveyTextKey = OwnSurveyTextKey | CommonSheetTextKey;

const ru: Record<OwnSurveyTextKey, string> = {
  sheetName: "Опрос - {name}",
  dataSheetName: "Ответы",
  title: "Клиентоориентированность: {name}",
  note:
    "Как читать лист: для каждой целевой группы и услуги — доля ответов 4 и 5 среди ответов группы; гипотеза о том, что услуга важна для группы, " +
    "подтверждается, если эта доля больше порога (в статье — половина). Коэффициент опроса — средняя оценка группы. " +
    "Эффекты — по таблице 3 статьи: дополнительные посетители в день = посетители в день × (доля в трафике + дополнительная доля) × q_f, дополнительные чеки — то же × q_ch. " +
    "В статье сказано, что два экспертных коэффициента в сумме дают общий, но приведённые в ней значения (0,1–0,3) не могут быть средними оценками по шкале 0–5, поэтому лист " +
    "показывает коэффициент опроса рядом с экспертными q_f и q_ch, а считает по экспертным значениям. Ответы читаются на месте ({source}).",
  surveyHeading: "Опрос",
  dailyVisitors: "Посетителей в день",
  threshold: "Порог подтверждения (доля ответов 4 и 5)",
  minimumSample: "Минимальная выборка (доля посетителей в день)",
  respondents: "Респондентов",
  sampleShare: "Выборка, доля посетителей в день",
  sampleCheck: "Проверка выборки",
  sampleMissing: "введите число посетителей в день",
  sampleSmall: "меньше минимума: результаты ориентировочные",
  sampleOk: "достаточная",
  sharesHeading: "Доля ответов 4 и 5",
  confirmedHeading: "Гипотеза подтверждена (доля выше порога)",
  meanHeading: "Коэффициент влияния (средняя оценка, 0–5)",
  group: "Группа",
  noAnswers: "нет ответов",
  effectsHeading: "Эффекты (таблица 3 статьи; экспертные коэффициенты — синим на жёлтом)",
  service: "Услуга",
  trafficShare: "Доля в трафике",
  additionalShare: "Дополнительная доля трафика",
  frequencyCoef: "q_f (посещения)",
  checksCoef: "q_ch (чеки)",
  visitors: "Доп. посетители в день",
  checks: "Доп. чеки в день",
  surveyCoef: "Коэффициент опроса (средняя оценка)",
  confirmed: "Опрос подтверждает",
  noSurveyData: "нет данных опроса",
  chartTitle: "Эффекты по услугам",
  chartAxis: "В день",
  markerComment: "Отмечает этот лист как модель клиентоориентированности (опрос) MKT",
};

const kk: Record<OwnSurveyTextKey, string> = {
  sheetName: "Сауалнама - {name}",
  dataSheetName: "Жауаптар",
  title: "Клиентке бағдарлану: {name}",
  note:
    "Қалай оқу керек: әр мақсатты топ пен қызмет үшін — топ жауаптарының ішіндегі 4 және 5 жауаптарының үлесі; қызмет топ үшін маңызды деген гипотеза " +
    "бұл үлес шектен асса расталады (мақалада — жартысы). Сауалнама коэффициенті — топтың орташа бағасы. " +
    "Әсерлер мақаладағы 3-кесте бойынша: күнделікті қосымша келушілер = күнделікті келушілер × (трафиктегі үлес + қосымша үлес) × q_f, қосымша чектер — сол шама × q_ch. " +
    "Мақалада екі сараптамалық коэффициенттің қосындысы жалпы коэффициентке тең делінген, бірақ ондағы мәндер (0,1–0,3) 0–5 шкаласындағы орташа баға бола алмайды, " +
    "сондықтан парақ сауалнама коэффициентін сарапшылардың q_f және q_ch мәндерінің жанында көрсетеді, ал есепті сарапшылардың мәндерімен жүргізеді. " +
    "Жауаптар орнында оқылады ({source}).",
  surveyHeading: "Сауалнама",
  dailyVisitors: "Күнделікті келушілер",
  threshold: "Растау шегі (4 және 5 жауаптарының үлесі)",
  minimumSample: "Ең аз іріктеме (күнделікті келушілердің үлесі)",
  respondents: "Респонденттер",
  sampleShare: "Іріктеме, күнделікті келушілердің үлесі",
  sampleCheck: "Іріктемені тексеру",
  sampleMissing: "күнделікті келушілер санын енгізіңіз",
  sampleSmall: "ең аз мөлшерден кем: нәтижелер тек бағдар үшін",
  sampleOk: "жеткілікті",
  sharesHeading: "4 және 5 жауаптарының үлесі",
  confirmedHeading: "Гипотеза расталды (үлес шектен жоғары)",
  meanHeading: "Ықпал коэффициенті (орташа баға, 0–5)",
  group: "Топ",
  noAnswers: "жауап жоқ",
  effectsHeading: `Әсерлер (мақаладағы 3-кесте; сараптамалық коэффициенттер — ${KK_INPUT_STYLE})`,
  service: "Қызмет",
  trafficShare: "Трафиктегі үлес",
  additionalShare: "Қосымша трафик үлесі",
  frequencyCoef: "q_f (келу жиілігі)",
  checksCoef: "q_ch (чектер)",
  visitors: "Күнделікті қосымша келушілер",
  checks: "Күнделікті қосымша чектер",
  surveyCoef: "Сауалнама коэффициенті (орташа баға)",
  confirmed: "Сауалнама растайды",
  noSurveyData: "сауалнама деректері жоқ",
  chartTitle: "Қызметтер бойынша әсерлер",
  chartAxis: "Күніне",
  markerComment: "Бұл парақты MKT клиентке бағдарлану (сауалнама) моделі ретінде белгілейді",
};
export const SURVEY_SHEET_TEXT: SheetTextTable<SurveyTextKey> = withCommonText({ en, ru, kk });

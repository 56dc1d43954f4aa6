/**
 * Russian texts of the message catalogue, key by key (the keys and the
 * English reference texts are in en.ts). Every key is translated; the
 * catalogue test fails for a missing one (ru is in COMPLETE_LOCALES). Keep
 * every {placeholder} of the English text; plural texts give the forms
 * Intl.PluralRules("ru") uses: one, few, many, other. Argument names
 * ({name}: marketing_cost) and JSON field paths stay as the user types them;
 * Excel's words are Russian Excel's (ИСТИНА/ЛОЖЬ, «Поиск решения»).
 */
import type { Translation } from "./types";

export const ru: Translation = {
  // --- fn: custom-function arguments -----------------------------------------
  "fn.arg.missing": "{name} — обязательный аргумент",
  "fn.arg.textForNumber": '{name} должен быть числом, а не текстом "{text}"',
  "fn.arg.booleanForNumber": "{name} должен быть числом, а не {value}",
  "fn.arg.notANumber": "{name} должен быть числом",
  "fn.arg.notFinite": "{name} должен быть конечным числом",
  "fn.arg.shareAsPercent":
    "{name} — доля от 0 до 1: введите {share:percent} или {share}, а не {value}",
  "fn.arg.shareOutOfRange":
    "{name} — доля от 0 до 1 (от 0% до 100%): введите 25% или 0,25, а не {value}",
  "fn.arg.notWhole": "{name} должен быть целым числом, а не {value}",
  "fn.arg.mustExceed": "{name} должен быть больше {min}",
  "fn.arg.zeroForOptional":
    "{name} должен быть больше {min}; если ячейка пуста (некоторые настольные версии Excel передают пустую ячейку как 0), не указывайте аргумент, чтобы взять значение по умолчанию {fallback}",
  "fn.arg.notNegative": "{name} не может быть отрицательным",
  "fn.arg.mustBeAtLeast": "{name} должен быть не меньше {min}",
  "fn.arg.mustBeBelow": "{name} должен быть меньше {max}",
  "fn.arg.mustBeAtMost": "{name} должен быть не больше {max}",
  "fn.arg.notAChoice": '{name} должен быть одним из значений {choices}, а не "{text}"',
  "fn.arg.notABoolean": "{name} должен быть ИСТИНА или ЛОЖЬ",
  // --- fn: ranges --------------------------------------------------------------
  "fn.range.cell": "строка {row:plain}, столбец {column:plain}",
  "fn.range.ragged":
    "{name} должен быть прямоугольным диапазоном (во всех строках одинаковое число ячеек)",
  "fn.range.shapesDiffer": "{a} и {b} должны быть диапазонами одной формы ({shapeA} и {shapeB})",
  "fn.range.cellText":
    '{name} должен содержать числа, ИСТИНА/ЛОЖЬ или пустые ячейки; в ячейке {cell} текст "{text}"',
  "fn.range.cellBoolean": "{name} должен содержать числа; в ячейке {cell} ИСТИНА/ЛОЖЬ",
  "fn.range.cellNegative":
    "{name} не должен содержать отрицательных чисел; в ячейке {cell} {value}",
  "fn.range.cellNotFinite": "{name} должен содержать конечные числа; в ячейке {cell} — нет",
  "fn.range.cellUnreadable":
    "{name}: в ячейке {cell} значение, которое не является ни числом, ни ИСТИНА/ЛОЖЬ, ни пустым",
  "fn.range.scoreOutOfScale": "{name} содержит оценки опроса от 0 до 5; в ячейке {cell} {value}",
  "fn.range.noRows": "в {name} нет непустых строк",
  "fn.range.sumNotFinite":
    "сумма {name} слишком велика для Excel (больше 1,8E+308): сначала разделите значения на 1 000 или 1 000 000",
  // --- fn: results -------------------------------------------------------------
  "fn.result.notFinite": "результат слишком велик для Excel; проверьте порядок величин аргументов",
  "fn.result.exceeds": "{part} не может превышать {whole}",
  "fn.result.noSalesGrowth":
    "units_now равно units_before: нет дополнительных единиц, на которые можно разнести затраты",
  "fn.result.salesFell":
    "units_now меньше units_before: стоимость дополнительной единицы не определена, если продажи не выросли",
  "fn.result.neverPaysBack":
    "POSM никогда не окупится: месячная прибыль от прироста (monthly_unit_uplift × unit_profit) не превышает monthly_placement_cost",
  "fn.result.noPosmCost":
    "POSM ничего не стоит (затраты на размещение и производство равны 0), поэтому рентабельность не к чему отнести",
  "fn.result.promoLongerThanYear":
    "promo_days ({promoDays}) больше, чем {daysPerYear} дней года (days_per_month × 12); для года в 365 дней задайте days_per_month = 30,42",
  "fn.result.noOrdinaryProfit":
    "прибыль обычного года равна 0 (baseline_daily_units × unit_profit), поэтому прирост не к чему отнести",
  "fn.result.discountAtMargin":
    "discount должна быть меньше gross_margin: при скидке на уровне маржи и выше каждая дополнительная единица приносит убыток, и никакой рост продаж его не покроет",
  "fn.result.neverBreaksEven":
    "unit_price не превышает unit_variable_cost: каждая проданная единица убыточна, поэтому никакой объём не даст целевую прибыль",
  "fn.result.equalPriceAndCost":
    "unit_price равна unit_variable_cost: каждая единица приносит 0, поэтому объём не определён",
  "fn.result.marketNegative":
    "exports больше domestic_production + imports: объём рынка был бы отрицательным",
  "fn.result.loyaltyExceeds":
    "loyal + disloyal не может превышать total (без total это доли: введите 30% или 0,3)",
  "fn.result.noFiniteLifetime":
    "retention_rate должен быть меньше 1 + discount_rate: у клиента, который остаётся каждый период (100%) без дисконтирования (0%), пожизненная ценность бесконечна",
  "fn.result.minAboveMax": "min_response не должен превышать max_response",
  "fn.result.noSteadyState":
    "без действенной рекламы (spend × response_rate = 0) и без затухания (decay_rate = 0) продажи никогда не выходят на установившийся уровень",
  "fn.result.noDistributionBase": "{name}: знаменатель равен 0 (нет магазинов для расчёта)",

  // --- model: validation of a discount model (field paths stay as in the JSON) ----
  "model.field": "{path} {rule}",
  "model.mustBePositive": "должно быть > 0",
  "model.mustBeNonNegative": "должно быть >= 0",
  "model.discountRange": "должно быть >= 0 и < 1",
  "model.shareRange": "должно быть от 0 до 1",
  "model.mustBeAtMost": "должно быть <= {max}",
  "model.brokenRule": "{rule} (получено {value})",
  "model.numberMissing": "отсутствует (нужно число)",
  "model.notFinite": "должно быть конечным числом (получено {got})",
  "model.notBoolean": "должно быть true или false (получено {got})",
  "model.textMissing": "отсутствует (нужен текст)",
  "model.notText": "должно быть текстом (получено {got})",
  "model.empty": "не должно быть пустым",
  "model.startsWithEquals": 'не должно начинаться с "=" (иначе будет прочитано как формула)',
  "model.tooLong": "должно быть не длиннее {max} символов",
  "model.listMissing": "отсутствует (нужен список)",
  "model.notList": "должно быть списком (получено {got})",
  "model.entryCount": "должно содержать от {min} до {max} элементов (получено {count:plain})",
  "model.notObject": "должно быть объектом (получено {got})",
  "model.duplicateLabel": 'повторяет {other} ("{label}")',
  "model.notAscending":
    "должно быть больше {previousPath} (ступени идут по возрастанию; получено {value} после {previous})",
  "model.sharesMissing": "отсутствует (нужна одна доля на каждую ступень)",
  "model.shareCount":
    "должно содержать по одной доле на ступень: {expected:plain} (получено {count:plain})",
  "model.sharesSum":
    "в сумме не дают 1 ({sum}): segments[*].shares[{tier:plain}] должны в сумме давать 1",
  "model.invalidJson": "входные данные — не корректный JSON ({detail})",
  "model.notAnObject": "входные данные должны быть объектом JSON (получено {got})",
  "model.overflow":
    "{path}: переполнение ({figure} при скидке {discount:percent} — слишком большое число для расчёта: проверьте orders, unitsPerOrder и цены)",
  "model.overflowTotal":
    "tiers: итог по всем ступеням ({figure}) переполняется (слишком большое число для расчёта): проверьте orders и unitsPerOrder",
  "model.marginFloor":
    "должно быть >= -1 и < 1 (доля выручки: -100% допускает убыток, равный выручке)",
  "model.label.lineBreak":
    "должно быть одной строкой: содержит {code} (позиция {position:plain}) — табуляцию или перевод строки",
  "model.label.nonCharacter":
    "не должно содержать несимвол {code} (позиция {position:plain}): книга Excel не может его хранить",
  "model.label.surrogate":
    "не должно содержать половину суррогатной пары, {code} (позиция {position:plain}): книга Excel не может её хранить",
  "model.label.control":
    "не должно содержать управляющий символ {code} (позиция {position:plain}): он не отображается, а большинство таких символов книга Excel хранить не может",
  "model.got.null": "null",
  "model.got.array": "массив",
  "model.got.object": "объект",
  "model.got.text": "текст {text}",
  // --- rule: правила проверки данных ведомых листов и таблиц (issue 9, п. 2) ---
  "rule.wholeNumberAtLeast": "должно быть целым числом >= {min}",
  // --- num: a figure alone, in the reader's format (a parameter whose digits depend on its size) ---
  "rule.figure.units": "объём в штуках",
  "rule.figure.revenue": "выручка",
  "rule.figure.profit": "прибыль",
  "rule.figure.margin": "маржа",
  "rule.figure.floorSlack": "запас над минимальной маржой",

  // --- pane: the task pane ------------------------------------------------------------
  "pane.title": "Трейд-маркетинг",
  "pane.partMissing":
    "Часть панели не загрузилась. Проверьте подключение к сети и попробуйте ещё раз.",
  "pane.partRetry": "Повторить",
  "pane.tabs": "Разделы панели",
  "pane.tab.model": "Модель",
  "pane.tab.optimise": "Решение",
  "pane.tab.functions": "Функции",
  "pane.language": "Язык",
  "pane.status.exampleLoaded":
    "Загружен пример из статьи: три размера заказа, три типа покупателей.",
  "pane.status.readingSelection": "Читаю выделенные ячейки…",
  "pane.status.imported": {
    one: "Импортирована {count} ступень из {address}.",
    few: "Импортированы {count} ступени из {address}.",
    many: "Импортировано {count} ступеней из {address}.",
    other: "Импортировано {count} ступени из {address}.",
  },
  "pane.status.ignoredColumns": "Пропущены столбцы: {columns}.",
  "pane.status.building": "Строю лист модели…",
  "pane.status.built":
    'Лист "{sheet}" построен. Оптимизируйте его здесь или откройте «Данные» > «Поиск решения»: модель уже настроена.',
  "pane.status.readingModel": "Читаю модель с активного листа…",
  "pane.status.notModel":
    'Активный лист "{sheet}" — не модель скидок, построенная этой панелью. Постройте модель на вкладке «Модель» или выберите такой лист.',
  "pane.status.invalidModel":
    'Исходные данные на листе "{sheet}" не образуют корректную модель: {problems}.',
  "pane.status.solving": "Ищу самые прибыльные скидки…",
  "pane.status.infeasible": "Скидки не записаны: у модели нет допустимого решения.",
  "pane.status.writing": "Записываю скидки в лист…",
  "pane.status.changedWhileSolving":
    'Скидки на листе "{sheet}" изменили, пока работал оптимизатор, поэтому ничего не записано (ваша правка сохранена). Нажмите «Оптимизировать активный лист» ещё раз, чтобы учесть её.',
  "pane.status.wrote": 'Оптимальные скидки записаны в лист "{sheet}".',
  "pane.status.restoring": "Восстанавливаю прежние скидки…",
  "pane.status.restored": 'Прежние скидки на листе "{sheet}" восстановлены.',
  "pane.status.inserting": "Вставляю функцию…",
  "pane.status.inserted": "Формула {formula} вставлена в {address}.",
  // The model form
  "pane.form.label": "Модель скидок",
  "pane.form.loadExample": "Загрузить пример из статьи",
  "pane.form.importSelection": "Импортировать ступени из выделения",
  "pane.form.productAndCosts": "Товар и затраты",
  "pane.form.tiers": "Ступени объёма заказа",
  "pane.form.segments": "Сегменты покупателей",
  "pane.form.problems": "Ошибки в модели",
  "pane.form.build": "Построить лист",
  "pane.form.buildHint":
    "Создаёт новый лист с обычными формулами Excel и готовой моделью для «Поиска решения».",
  "pane.form.wait": "Подождите: выполняется другое действие.",
  "pane.form.blocked": {
    one: "Построение недоступно: сначала исправьте {count} ошибку в модели (отмечена красным).",
    few: "Построение недоступно: сначала исправьте {count} ошибки в модели (отмечены красным).",
    many: "Построение недоступно: сначала исправьте {count} ошибок в модели (отмечены красным).",
    other: "Построение недоступно: сначала исправьте {count} ошибки в модели (отмечены красным).",
  },
  "pane.field.name": "Товар",
  "pane.field.currency": "Валюта",
  "pane.field.currency.hint": "например, KZT",
  "pane.field.listPrice": "Цена по прайсу / ед.",
  "pane.field.unitCost": "Себестоимость / ед.",
  "pane.field.orderCost": "Затраты на заказ",
  "pane.field.orderCost.hint": "документы, доставка",
  "pane.field.maxDiscount": "Макс. скидка",
  "pane.field.share.hint": "{example} или {percent}",
  "pane.field.blank": "Введите число.",
  "pane.field.notNumber": "Это не число: введите, например, {fraction} или {percent}.",
  "pane.tier.legend": "Ступень {index:plain}",
  "pane.tier.named": "Ступень {index:plain} ({label})",
  "pane.tier.label": "Название",
  "pane.tier.minQty": "Мин. кол-во (ед.)",
  "pane.tier.orders": "Заказов за период",
  "pane.tier.unitsPerOrder": "Единиц в заказе",
  "pane.tier.minMargin": "Мин. маржа",
  "pane.tier.remove": "Удалить ступень",
  "pane.tier.removeNamed": "Удалить {tier}",
  "pane.tier.add": "Добавить ступень",
  "pane.tiers": "Ступени",
  "pane.segment.legend": "Сегмент {index:plain}",
  "pane.segment.named": "Сегмент {index:plain} ({label})",
  "pane.segment.label": "Название",
  "pane.segment.elasticity": "Эластичность",
  "pane.segment.elasticity.hint": "0 — не реагирует на скидку",
  "pane.segment.shareOf": "Доля в {tier}",
  "pane.segment.shareOfTier": "Доля в ступени {index:plain}",
  "pane.segment.remove": "Удалить сегмент",
  "pane.segment.removeNamed": "Удалить {segment}",
  "pane.segment.add": "Добавить сегмент",
  "pane.segments": "Сегменты",
  "pane.segment.default": "Все покупатели",
  "pane.problem.at": "{where}: {rule}",
  // The result card (the first screen words the optimiser's result with these)
  "pane.result.uplift": "Прирост",
  "pane.result.upliftValue": "{sign}{amount} ({sign}{share})",
  "pane.result.infeasible": 'Ни одна скидка не подходит ступени "{tier}": {reason}',
  "pane.result.certificate":
    "Это лучший план, а не просто хороший: скидка каждой ступени проверена на сетке с шагом {step} п. п., и никакой другой набор скидок не принесёт {gap}.",
  "pane.result.gapAbove": "больше чем на {amount} сверх этого",
  "pane.result.gapBelowCent": "даже на {amount} больше",

  // --- office: what Excel or the pane's adapters refused ------------------------------------
  "office.supportedExcel": "Microsoft 365, Excel 2021 или новее либо Excel в Интернете",
  "office.AccessDenied":
    "Excel отклонил изменение: книга или лист, возможно, защищены или открыты только для чтения.",
  "office.ItemAlreadyExists":
    "Тем временем появился лист или имя с таким же названием; попробуйте ещё раз.",
  "office.InvalidOperationInCellEditMode":
    "Excel занят редактированием ячейки: нажмите Enter или Esc на листе и попробуйте ещё раз.",
  "office.ApiNotFound":
    "Ваша версия Excel слишком старая для этой функции: нужен {supported}. Обновите Excel.",
  "office.InvalidSelection":
    "Excel не может использовать текущее выделение: выделите один блок ячеек (не несколько областей, не диаграмму и не рисунок) и попробуйте ещё раз.",
  "office.GeneralException": "Excel сообщил о внутренней ошибке; попробуйте ещё раз.",
  "office.ItemNotFound":
    "Листа или ячеек, которые ожидала панель, больше нет (переименованы или удалены?).",
  "office.InvalidReference":
    "Ячейки модели на листе больше не соответствуют тому, что ожидает панель.",
  "office.unknown":
    "Что-то пошло не так{detail}. Этот шаг ничего не изменил в книге, если не сказано иное.",
  "office.optimiserStopped": "Оптимизатор неожиданно остановился.",
  "office.optimiserStoppedWith": "Оптимизатор неожиданно остановился: {detail}.",
  // Make shareable, gallery insert forms
  "pane.tab.share": "Передать",
  "pane.status.finding": "Ищу формулы, вызывающие функции MKT…",
  "pane.status.writingNative": "Записываю обычные формулы…",
  "pane.status.restoringFormulas": "Восстанавливаю прежние формулы…",
  // --- pane: guided model sheets -------------------------------------------------------------
  "pane.guided.tableProblems": "Лист не построен: в выделенной таблице есть ошибки (список ниже).",
  "pane.guided.formProblems": "Лист не построен: в форме есть ошибки (список ниже).",
  "pane.guided.builtInPlace": 'Построен лист "{sheet}"; его формулы читают вашу таблицу на месте.',
  "pane.guided.built": 'Построен лист "{sheet}".',
  "pane.guided.picker": "Модель",
  // --- pane: the Models picker and the guided forms' fields ---------------------------------
  "pane.models.discounts": "Скидки по размеру заказа",
  "pane.models.campaigns": "Кампании: ROMI, затраты на доп. ед.",
  "pane.models.promo": "Промо: долгосрочный эффект",
  "pane.models.posm": "POSM: какой вариант окупается",
  "pane.models.distribution": "Дистрибуция: DN, WD (ваши магазины)",
  "pane.models.survey": "Опрос клиентоориентированности",
  "pane.models.budget": "Бюджет: распределение по каналам",
  "fn.result.ceilingNotAboveFloor": "max_response должен быть больше min_response",
  "fn.result.pointOutside":
    "response_{point:plain} должен лежать строго между min_response и max_response (кривая лишь приближается к нижнему уровню и потолку)",
  "fn.result.sameSpend":
    "spend_1 и spend_2 должны различаться: по одним затратам наклон кривой не определить",
  "fn.result.notRising": "для кривой ADBUDG отклик должен расти с затратами",
  "fn.result.fitCounts":
    "в spend и response должно быть одинаковое число ячеек ({spend:plain} и {response:plain})",
  "fn.result.tooFewPoints": {
    one: "для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными затратами; сейчас {count} разное значение затрат",
    few: "для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными затратами; сейчас {count} разных значения затрат",
    many: "для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными затратами; сейчас {count} разных значений затрат",
    other:
      "для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными затратами; сейчас {count} разных значения затрат",
  },
};

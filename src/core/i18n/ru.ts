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
  "model.mustBeBelowOne": "должно быть < 1",
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
    "tiers: сумма {figure} по всем ступеням переполняется (слишком большое число для расчёта): проверьте orders и unitsPerOrder",
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

  // --- opt: the optimiser's answer -----------------------------------------------
  "opt.infeasible.floor":
    'Ступень "{tier}" не достигает минимальной маржи {margin:percent} ни при какой скидке от 0 до {max:percent}.',
  "opt.infeasible.chain":
    'Ступень "{tier}" достигает минимальной маржи только при скидках ниже тех, что нужны меньшим ступеням: ни один неубывающий набор скидок не выполняет все минимумы маржи.',
  "opt.binding.noDiscountAllowed":
    "максимальная скидка 0%: ни одна ступень не может получить скидку",
  "opt.binding.floor": 'минимальная маржа ступени "{tier}" ({margin:percent})',
  "opt.binding.lowerBound": 'нет скидки на ступени "{tier}" (нижняя граница 0)',
  "opt.binding.upperBound": 'максимальная скидка на ступени "{tier}" ({max:percent})',
  "opt.binding.chain":
    'цепочка: ступень "{tier}" получает ту же скидку, что и ступень "{previous}"',
  "opt.explanation":
    "Точное динамическое программирование по цепочке ступеней: {candidates} на ступень (сетка с шагом {step} п. п. от 0 до {max:percent}, {roots} там, где минимальная маржа ступени начинает или перестаёт выполняться{refinements}), затем локальное уточнение. Между кандидатами прибыль ступени не может превысить большего из соседей сильнее, чем позволяет её кривизна, поэтому никакой набор скидок не превзойдёт этот ответ больше чем на {gap} {currency}{caveat}",
  "opt.explanation.candidates": {
    one: "{count} скидка-кандидат",
    few: "{count} скидки-кандидата",
    many: "{count} скидок-кандидатов",
    other: "{count} скидки-кандидата",
  },
  "opt.explanation.roots": {
    one: "{count} точка",
    few: "{count} точки",
    many: "{count} точек",
    other: "{count} точки",
  },
  "opt.explanation.refinements": {
    one: ", и {count} раунд более мелких точек там, где ещё мог скрываться лучший ответ",
    few: ", и {count} раунда более мелких точек там, где ещё мог скрываться лучший ответ",
    many: ", и {count} раундов более мелких точек там, где ещё мог скрываться лучший ответ",
    other: ", и {count} раунда более мелких точек там, где ещё мог скрываться лучший ответ",
  },
  "opt.explanation.end": ".",
  "opt.explanation.rootCap":
    " (при условии, что ни одна граница маржи не пропущена: поиск корней упёрся в предел числа вычислений).",
  "opt.method":
    "динамическое программирование на сетке по монотонной цепочке ступеней + уточнение методом золотого сечения",

  // --- pane: the task pane ------------------------------------------------------------
  "pane.title": "Трейд-маркетинг",
  "pane.ribbonCommand": "«Главная» > «Модель скидок»",
  "pane.tabs": "Разделы панели",
  "pane.tab.model": "Модель",
  "pane.tab.optimise": "Оптимизация",
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
  // Import from selection
  "pane.import.noTable":
    "Выделите таблицу со строкой заголовков и хотя бы одной строкой ступени под ней.",
  "pane.import.missingHeaders":
    "Первая строка выделения должна содержать заголовки. Не хватает: {columns}.",
  "pane.import.noRows": "В выделении есть заголовки, но нет строк со ступенями.",
  "pane.import.column.label": "Название",
  "pane.import.column.minQty": "Мин. кол-во",
  "pane.import.column.orders": "Заказы",
  "pane.import.column.unitsPerOrder": "Единиц в заказе",
  "pane.import.column.minMargin": "Мин. маржа",
  "pane.import.empty": "Выделенные ячейки пусты: выделите таблицу со строкой заголовков.",
  "pane.import.tooLarge":
    "Выделение слишком велико для таблицы ступеней: {rows} × {columns} = {cells} ячеек, а импорт читает не больше {max}. Выделите только таблицу (строку заголовков и по строке на ступень).",
  "pane.import.rows": {
    one: "{count} строка",
    few: "{count} строки",
    many: "{count} строк",
    other: "{count} строки",
  },
  "pane.import.columns": {
    one: "{count} столбец",
    few: "{count} столбца",
    many: "{count} столбцов",
    other: "{count} столбца",
  },
  // Optimise and the result card
  "pane.optimise.label": "Оптимизация",
  "pane.optimise.intro":
    "Выберите лист модели, построенный этой панелью. «Оптимизировать» читает текущие исходные данные, находит самую прибыльную скидку для каждой ступени и записывает скидки в зелёные изменяемые ячейки.",
  "pane.optimise.button": "Оптимизировать активный лист",
  "pane.optimise.undo": "Отменить: вернуть прежние скидки",
  "pane.result.title": "Оптимальные скидки для «{sheet}»",
  "pane.result.profitBefore": "Прибыль до",
  "pane.result.profitAfter": "Прибыль после",
  "pane.result.uplift": "Прирост",
  "pane.result.upliftValue": "{sign}{amount} ({sign}{share})",
  "pane.result.perTier": "Скидка по ступеням",
  "pane.result.tier": "Ступень",
  "pane.result.discount": "Скидка",
  "pane.result.margin": "Маржа (минимум)",
  "pane.result.binds": "ограничивает",
  "pane.result.noFloorBinds": "Ни один минимум маржи не ограничивает скидки.",
  "pane.result.floorsBind": "Минимум маржи ограничивает скидку ступеней: {tiers}.",
  "pane.result.how": "Как получен оптимум",
  "pane.result.infeasible": 'Ни одна скидка не подходит ступени "{tier}": {reason}',
  "pane.result.certificate":
    "Это лучший план, а не просто хороший: скидка каждой ступени проверена на сетке с шагом {step} п. п., и никакой другой набор скидок не принесёт {gap}.",
  "pane.result.gapAbove": "больше чем на {amount} сверх этого",
  "pane.result.gapBelowCent": "даже на {amount} больше",
  // Function gallery
  "pane.gallery.label": "Галерея функций",
  "pane.gallery.search": "Поиск: имя, назначение, аргумент…",
  "pane.gallery.searchLabel": "Поиск функций MKT",
  "pane.gallery.count": "{shown:plain} из {total:plain} функций",
  "pane.gallery.optionalArgument": "{name} (необязательный)",
  "pane.gallery.arguments": "Аргументы MKT.{name}",
  "pane.gallery.example": "Пример:",
  "pane.gallery.insert": "Вставить в выделенную ячейку",
  "pane.gallery.insertNamed": "Вставить в выделенную ячейку: MKT.{name}",
  // Outside Excel
  "pane.host.title": "Эта надстройка работает внутри Excel",
  "pane.host.body":
    "Это область задач MKT. Открытая в браузере сама по себе, она не видит книги, с которой могла бы работать. Загрузите надстройку в Excel (manifest.xml) и откройте её командой «Главная» > «Модель скидок».",
  "pane.host.web":
    "Excel в Интернете: «Главная» > «Надстройки» > «Другие надстройки» > «Мои надстройки» > «Отправить мою надстройку» и выберите manifest.xml.",
  "pane.host.windows":
    "Excel для Windows: выполните npm start или добавьте общую папку с manifest.xml как доверенный каталог надстроек («Файл» > «Параметры» > «Центр управления безопасностью»), перезапустите Excel, затем «Главная» > «Надстройки» > «Дополнительно» > «Общая папка».",
  "pane.host.mac":
    "Excel для Mac: выполните npm start или скопируйте manifest.xml в ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ и перезапустите Excel.",
  "pane.host.noOffice":
    "Не удалось загрузить скрипт Office (office.js), поэтому эта страница не может связаться с Excel. Проверьте подключение к сети и перезапустите надстройку.",

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
  "office.tooOld":
    "Ваша версия Excel слишком старая для действия «{feature}»: нужен Excel JavaScript API {version} ({supported}). Обновите Excel.",
  "office.feature.build": "построение листа модели",
  "office.feature.read": "оптимизация листа модели",
  "office.feature.write": "запись скидок",
  "office.feature.import": "импорт из выделения",
  "office.feature.insert": "вставка функции",
  "office.decisionCount": {
    one: 'На листе "{sheet}" {cells} изменяемых ячеек, а в решении {count} ступень; может быть, на листе добавили или удалили ступень? Постройте новый лист из формы.',
    few: 'На листе "{sheet}" {cells} изменяемых ячеек, а в решении {count} ступени; может быть, на листе добавили или удалили ступень? Постройте новый лист из формы.',
    many: 'На листе "{sheet}" {cells} изменяемых ячеек, а в решении {count} ступеней; может быть, на листе добавили или удалили ступень? Постройте новый лист из формы.',
    other:
      'На листе "{sheet}" {cells} изменяемых ячеек, а в решении {count} ступени; может быть, на листе добавили или удалили ступень? Постройте новый лист из формы.',
  },
  "office.editedSinceWrite":
    'Скидки на листе "{sheet}" изменили после того, как панель их записала, поэтому отмена не выполнена (она затёрла бы ваши правки).',
  "office.namesDeleted":
    'Лист "{sheet}" построен панелью, но его имена {names} удалены («Формулы» > «Диспетчер имён»). Постройте новый лист из формы.',
  "office.cellNotEmpty":
    "Ячейка {address} не пуста; выделите пустую ячейку, чтобы вставить функцию.",
  "office.buildNameTaken":
    'Пока панель строила лист модели, в книге появился лист "{sheet}", поэтому ничего не построено и книга не изменилась. Нажмите «Построить лист» ещё раз.',
  "office.optimiserFailed": "Оптимизатор завершился с ошибкой: {detail}",
  "office.buildRollbackFailed":
    'Не удалось построить лист, и недостроенный лист "{sheet}" удалить не получилось; удалите его вручную.',
  "office.optimiserStopped": "Оптимизатор неожиданно остановился.",
  "office.optimiserStoppedWith": "Оптимизатор неожиданно остановился: {detail}.",

  // --- cli: the command line ----------------------------------------------------------------
  "cli.usage":
    "использование: mkt --list\n       mkt <ФУНКЦИЯ> <аргумент> ...  например, mkt ROMI 150000 50000 0.4\n       mkt <ФУНКЦИЯ> --help         что считает функция и её аргументы\n       mkt discount solve --input FILE.json [--json]\n       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       mkt budget solve --input FILE.json [--json]\n       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       mkt sheet ВИД --input FILE --out FILE.xlsx [--force]   ВИД: campaigns, promo, posm, distribution, survey\n       mkt share --input IN.xlsx --out OUT.xlsx [--force]   формулы MKT становятся обычными формулами\nДиапазоны — массивы JSON ('[[100],[50]]'); пропущенный необязательный аргумент — ''.\nДобавьте --lang en|ru|kk к любой команде, чтобы получить сообщения на английском, русском или казахском (по умолчанию — по LANG).",
  "cli.lang.invalid": 'mkt: --lang должен быть en, ru или kk (получено "{value}")',
  "cli.fn.unknown": 'mkt: неизвестная функция "{name}"; список функций — `mkt --list`',
  "cli.fn.argCount": {
    one: "mkt: {name} принимает аргументов: {expected}, получен {got:plain}: использование: mkt {signature}",
    few: "mkt: {name} принимает аргументов: {expected}, получено {got:plain}: использование: mkt {signature}",
    many: "mkt: {name} принимает аргументов: {expected}, получено {got:plain}: использование: mkt {signature}",
    other:
      "mkt: {name} принимает аргументов: {expected}, получено {got:plain}: использование: mkt {signature}",
  },
  "cli.fn.argRange": "от {min:plain} до {max:plain}",
  "cli.fn.rangeCell": "{name}: ячейка диапазона должна быть числом, true/false, null или строкой",
  "cli.fn.notJson": "{name}: не корректный массив JSON: {text}",
  "cli.fn.oneStandardInput": "только один диапазон может поступать со стандартного ввода (-)",
  "cli.fn.cannotReadRange": "{name}: не удаётся прочитать {path}: {detail}",
  "cli.input.standardInput": "стандартный ввод",
  "cli.input.more": "... и ещё {count:plain} (сначала исправьте эти)",
  "cli.fn.notArray": "{name}: ожидается массив JSON",
  "cli.fn.returns": "Возвращает: {returns}",
  "cli.error": "mkt: {message}",
  "cli.discount.usage":
    "использование: mkt discount solve --input FILE.json [--json]\n       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]\n       (build никогда не заменяет существующий файл без --force)",
  "cli.discount.invalidModel": "{path} — некорректная модель скидок:",
  "cli.discount.infeasible": "{name}: допустимого решения нет",
  "cli.discount.optimal": "{name} ({currency}): оптимальные скидки",
  "cli.discount.column.tier": "Ступень",
  "cli.discount.column.discount": "Скидка",
  "cli.discount.column.units": "Единицы",
  "cli.discount.column.revenue": "Выручка",
  "cli.discount.column.profit": "Прибыль",
  "cli.discount.column.margin": "Маржа",
  "cli.discount.column.minMargin": "Мин. маржа",
  "cli.discount.column.floor": "Минимум",
  "cli.discount.floorBinds": "ограничивает",
  "cli.discount.floorOk": "ок",
  "cli.discount.totals":
    "Прибыль всего {profit:money}; база без скидок {baseline:money}; прирост {uplift:money} ({share})",
  "cli.discount.baselineBreaks": {
    one: "Примечание: без скидок нарушается минимальная маржа ступени {tiers}; прирост всё равно считается от этой базы.",
    few: "Примечание: без скидок нарушается минимальная маржа ступеней {tiers}; прирост всё равно считается от этой базы.",
    many: "Примечание: без скидок нарушается минимальная маржа ступеней {tiers}; прирост всё равно считается от этой базы.",
    other:
      "Примечание: без скидок нарушается минимальная маржа ступеней {tiers}; прирост всё равно считается от этой базы.",
  },
  "cli.discount.baselineTier": '"{tier}" ({margin})',
  "cli.discount.binding": "Ограничивают: {constraints}",
  "cli.discount.bindingNone":
    "ничто (каждая скидка строго между 0 и максимумом, выше своего минимума маржи и отличается от соседних)",
  "cli.discount.noteOptimal":
    "В ячейках скидок — глобальный оптимум оптимизатора MKT (прибыль {profit:money} {currency}). {explanation}",
  "cli.discount.noteInfeasible": "Оптимизатор MKT не нашёл допустимых скидок: {reason}",
  "cli.discount.writtenWithZeros": "{reason} Лист записан с нулевыми скидками.",
  "cli.discount.wrote": "записан {path}",
  "cli.discount.wroteSolved": "записан {path} (в изменяемых ячейках — оптимальные скидки)",
  // Make shareable, gallery insert forms, mkt share
  "pane.tab.share": "Передать",
  "pane.gallery.argumentPlaceholder": "ячейка, диапазон или значение",
  "pane.gallery.argumentLabel": "MKT.{name} {arg}: ячейка, диапазон или значение",
  "pane.gallery.insertMkt": "Вставить как функцию MKT",
  "pane.gallery.insertMktNamed": "Вставить как функцию MKT: MKT.{name}",
  "pane.gallery.insertNative": "Вставить как обычную формулу",
  "pane.gallery.insertNativeNamed": "Вставить как обычную формулу: MKT.{name}",
  "pane.gallery.noNative.arguments":
    "Заполните все обязательные аргументы, чтобы вставить обычную формулу.",
  "pane.gallery.noNative.noTwin": "У этой функции нет формулы-двойника.",
  "pane.gallery.noNative.volatile":
    "Аргумент использует СЛЧИС: обычная формула прочитала бы его несколько раз.",
  "pane.gallery.noNative.tooLong":
    "Обычная формула была бы длиннее 8 192 символов — предела Excel.",
  "pane.share.label": "Сделать книгу переносимой",
  "pane.share.intro":
    "Замените функции MKT обычными формулами Excel с теми же результатами, чтобы коллеги без надстройки могли открыть и пересчитать книгу.",
  "pane.share.where": "Где",
  "pane.share.scope.selection": "Выделенные ячейки",
  "pane.share.scope.sheet": "Активный лист",
  "pane.share.scope.workbook": "Вся книга",
  "pane.share.find": "Найти формулы MKT",
  "pane.share.undo": "Отменить",
  "pane.share.preview": "Что изменится",
  "pane.share.functionsList": "Функции для замены",
  "pane.share.keptList": "Останутся как есть",
  "pane.share.replace": "Заменить обычными формулами",
  "pane.share.cancel": "Отмена",
  "pane.share.in.selection": "выделении",
  "pane.share.in.sheet": "активном листе",
  "pane.share.in.workbook": "книге",
  "pane.share.nothing":
    "Ни одна формула в {scope} не вызывает функцию MKT, которую можно заменить.",
  "pane.share.cells": {
    one: "{count} ячейка",
    few: "{count} ячейки",
    many: "{count} ячеек",
    other: "{count} ячейки",
  },
  "pane.share.sheets": {
    one: "{count} листе",
    few: "{count} листах",
    many: "{count} листах",
    other: "{count} листах",
  },
  "pane.share.calls": {
    one: "{count} вызов",
    few: "{count} вызова",
    many: "{count} вызовов",
    other: "{count} вызова",
  },
  "pane.share.willChange": "Изменится: {cells} на {sheets} ({names}).",
  "pane.share.checkThenReplace":
    "Пока ничего не изменено: проверьте список ниже, затем замените или отмените.",
  "pane.share.function": "MKT.{name}: {calls}",
  "pane.share.kept": "MKT.{name} ({calls}) {reason}; остаётся как есть.",
  "pane.share.reason.noTwin": "не имеет формулы-двойника",
  "pane.share.reason.unknown": "не является функцией этой надстройки",
  "pane.share.reason.arguments": "имеет слишком много или слишком мало аргументов",
  "pane.share.reason.volatile":
    "получает в аргументе СЛЧИС, СЛУЧМЕЖДУ или СЛУЧМАССИВ, а обычная формула прочитала бы его несколько раз",
  "pane.share.reason.tooLong": "сделал бы формулу длиннее 8 192 символов — предела Excel",
  "pane.share.replaced":
    "Вызовы MKT заменены обычными формулами, ячеек: {cells}; книга теперь считается без надстройки. «Отменить» вернёт прежние формулы.",
  "pane.share.restored": "Прежние формулы восстановлены, ячеек: {cells}.",
  "pane.share.restoredSkipped": {
    one: "Прежние формулы восстановлены, ячеек: {cells}. {count} ячейка изменена после замены и оставлена как есть.",
    few: "Прежние формулы восстановлены, ячеек: {cells}. {count} ячейки изменены после замены и оставлены как есть.",
    many: "Прежние формулы восстановлены, ячеек: {cells}. {count} ячеек изменены после замены и оставлены как есть.",
    other:
      "Прежние формулы восстановлены, ячеек: {cells}. {count} ячейки изменены после замены и оставлены как есть.",
  },
  "pane.status.finding": "Ищу формулы, вызывающие функции MKT…",
  "pane.status.writingNative": "Записываю обычные формулы…",
  "pane.status.restoringFormulas": "Восстанавливаю прежние формулы…",
  "cli.share.error": "mkt share: {message}",
  "cli.share.usage": "использование:\n       mkt share --input IN.xlsx --out OUT.xlsx [--force]",
  "cli.share.needsFiles": "share требует --input IN.xlsx и --out OUT.xlsx",
  "cli.share.needsFile": "{option}: нужно имя файла",
  "cli.share.unknownOption": "неизвестный параметр {option}",
  "cli.share.notWorkbook": "{option} должен указывать файл .xlsx или .xlsm (получено {path})",
  "cli.share.sameExtension":
    "у --out должно быть то же расширение, что у --input (макросы .xlsm сохраняются только в .xlsm)",
  "cli.share.outIsInput":
    "--out указывает на входной файл {path}; ничего не записано (выберите другое имя)",
  "cli.share.cannotRead": "не удаётся прочитать {path}: {detail}",
  "cli.share.unreadable": "{path} не читается как книга (.xlsx/.xlsm, zip): {detail}",
  "cli.share.keptCell": "оставлено как есть: {sheet}!{cell} MKT.{name} ({reason})",
  "cli.share.keptName": "оставлено как есть: имя {name} вызывает функцию MKT",
  "cli.share.nothing":
    "ни одна формула в {path} не вызывает функцию MKT, которую можно заменить; ничего не записано",
  "cli.share.exists":
    "{path} уже существует; ничего не записано (чтобы заменить файл, добавьте --force)",
  "cli.share.cannotWrite": "не удаётся записать {path}: {detail}",
  "cli.share.changed": {
    one: "изменена {count} ячейка на листах: {sheets}",
    few: "изменены {count} ячейки на листах: {sheets}",
    many: "изменено {count} ячеек на листах: {sheets}",
    other: "изменено {count} ячейки на листах: {sheets}",
  },
  "cli.share.replaced": "заменено: {functions}",
  "cli.share.wrote": "записан {path}; Excel и LibreOffice пересчитают его при открытии",
  // --- pane: guided model sheets -------------------------------------------------------------
  "pane.guided.exampleLoaded": "Пример загружен: измените его или постройте лист.",
  "pane.guided.tableProblems": "Лист не построен: в выделенной таблице есть ошибки (список ниже).",
  "pane.guided.formProblems": "Лист не построен: в форме есть ошибки (список ниже).",
  "pane.guided.builtInPlace": 'Построен лист "{sheet}"; его формулы читают вашу таблицу на месте.',
  "pane.guided.built": 'Построен лист "{sheet}".',
  "pane.guided.picker": "Модель",
  "pane.guided.loadExample": "Загрузить пример",
  "pane.guided.build": "Построить лист",
  "pane.guided.buildFromSelection": "Построить по выделению",
  "pane.guided.add": "Добавить: {item}",
  "pane.guided.remove": "Удалить",
  "pane.guided.selectionEmpty":
    "Выделенные ячейки пусты: выделите таблицу вместе со строкой заголовков.",
  "pane.guided.helpDistribution":
    "Выделите список магазинов со строкой заголовков: store, group, category_sales, при необходимости sells_category, затем по столбцу на каждый период (ИСТИНА/ЛОЖЬ, 1/0 или остаток). Формулы нового листа читают этот диапазон на месте; ваши данные не копируются и не изменяются.",
  "pane.guided.helpSurvey":
    "Выделите ответы со строкой заголовков: group, затем по столбцу на каждую услугу с оценками 0–5 (пусто — нет ответа). Формулы нового листа читают этот диапазон на месте; ваши данные не копируются и не изменяются.",
  // --- pane: the Models picker and the guided forms' fields ---------------------------------
  "pane.models.discounts": "Скидки по размеру заказа",
  "pane.models.campaigns": "Кампании: ROMI, затраты на доп. ед.",
  "pane.models.promo": "Промо: долгосрочный эффект",
  "pane.models.posm": "POSM: какой вариант окупается",
  "pane.models.distribution": "Дистрибуция: DN, WD (ваши магазины)",
  "pane.models.survey": "Опрос клиентоориентированности",
  "pane.models.budget": "Бюджет: распределение по каналам",
  "pane.guidedForm.aria": "{model}: входные данные модели",
  "pane.guidedForm.name": "Название модели",
  "pane.guidedForm.name.tableHint": "пусто — имя листа таблицы",
  "pane.guidedForm.defaultMargin": "Валовая маржа по умолчанию",
  "pane.guidedForm.campaigns": "Кампании",
  "pane.guidedForm.campaign": "Кампания",
  "pane.guidedForm.salesBefore": "Продажи до",
  "pane.guidedForm.salesNow": "Продажи сейчас",
  "pane.guidedForm.unitsBefore": "Продажи до, шт.",
  "pane.guidedForm.unitsNow": "Продажи сейчас, шт.",
  "pane.guidedForm.tmCost": "Затраты на ТМ",
  "pane.guidedForm.ownMargin": "Своя валовая маржа",
  "pane.guidedForm.ownMargin.hint": "пусто — по умолчанию",
  "pane.guidedForm.baselineDailyUnits": "Продажи в обычный день, шт.",
  "pane.guidedForm.unitProfit": "Прибыль на единицу",
  "pane.guidedForm.promoDays": "Дней акции",
  "pane.guidedForm.promoDailyUnits": "Продажи в день акции, шт.",
  "pane.guidedForm.convertedBuyers": "Конвертированные покупатели",
  "pane.guidedForm.monthlyUnitsPerBuyer": "Покупки в месяц на покупателя, шт.",
  "pane.guidedForm.promoCost": "Затраты на акцию",
  "pane.guidedForm.monthsAfter": "Месяцев после акции",
  "pane.guidedForm.daysPerMonth": "Дней в месяце",
  "pane.guidedForm.default.hint": "пусто — {value}",
  "pane.guidedForm.options": "Варианты POSM",
  "pane.guidedForm.option": "Вариант",
  "pane.guidedForm.kind": "Тип",
  "pane.guidedForm.kind.permanent": "Постоянный",
  "pane.guidedForm.kind.temporary": "Временный",
  "pane.guidedForm.monthlyUnitUplift": "Доп. штук в месяц",
  "pane.guidedForm.monthlyPlacementCost": "Затраты на размещение в месяц",
  "pane.guidedForm.placementMonths": "Месяцев размещения",
  "pane.guidedForm.productionCost": "Затраты на производство",
  "pane.guidedForm.serviceLifeMonths": "Срок службы, мес.",
  "pane.guidedForm.monthlyKitCost": "Затраты на комплект в месяц",
  "pane.guidedForm.permanentOnly.hint": "только для постоянного",
  "pane.guidedForm.temporaryOnly.hint": "только для временного",
  "pane.guidedForm.dailyVisitors": "Посетителей в день",
  "pane.guidedForm.effects": "Эффекты (коэффициенты экспертов)",
  "pane.guidedForm.effect": "Эффект",
  "pane.guidedForm.service": "Услуга",
  "pane.guidedForm.group": "Группа",
  "pane.guidedForm.trafficShare": "Доля в трафике",
  "pane.guidedForm.additionalTrafficShare": "Доп. доля трафика",
  "pane.guidedForm.frequencyCoef": "q_f (посещения)",
  "pane.guidedForm.checksCoef": "q_ch (число чеков)",
  "pane.guidedForm.item": "{item} {index}",
  "pane.guidedForm.removeItem": "Удалить: {item} {index}",
  "office.feature.buildFromSelection": "построение листа по выделенной таблице",
  "cli.sheet.usage":
    "использование: mkt sheet ВИД --input FILE --out FILE.xlsx [--lang en|ru|kk] [--force]\n       ВИД: {kinds}; FILE — JSON (для distribution и survey — JSON или CSV)\n       (существующий файл заменяется только с --force)",
  "cli.sheet.error": "mkt sheet: {message}",
  "cli.sheet.missingKind": "не указан ВИД листа",
  "cli.sheet.unknownKind": "неизвестный ВИД листа {kind}",
  "cli.sheet.needsFiles": "нужны --input FILE и --out FILE.xlsx",
  "cli.sheet.jsonOnly": "{kind} читает только JSON; CSV — для distribution и survey",
  "cli.sheet.invalidInput": "{path} — недопустимые входные данные для {kind}:",
  "cli.sheet.csvLine": "строка {line:plain}: {message}",
  "cli.sheet.wrote": "записан {path}: лист «{sheet}» ({kind})",
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
  // --- pane: бюджет по каналам
  "pane.budget.unavailable":
    "Модель бюджета недоступна в этой панели (оптимизатор бюджета не подключён).",
  "pane.budget.form.label": "Модель бюджета",
  "pane.budget.loadExample": "Загрузить пример",
  "pane.budget.exampleLoaded": "Загружен пример ({name}): измените его или постройте лист.",
  "pane.budget.section.budget": "Бюджет",
  "pane.budget.field.name": "Название модели",
  "pane.budget.field.budget": "Бюджет",
  "pane.budget.field.spendAll": "Потратить весь бюджет",
  "pane.budget.field.spendAll.hint":
    "Выключено: не больше бюджета, а меньше там, где деньги принесли бы меньше, чем стоят.",
  "pane.budget.channels": "Каналы",
  "pane.budget.channel.legend": "Канал {index:plain}",
  "pane.budget.channel.named": "Канал {index:plain} ({label})",
  "pane.budget.channel.label": "Канал",
  "pane.budget.channel.curve": "Кривая отклика",
  "pane.budget.curve.adbudg": "ADBUDG (S-кривая)",
  "pane.budget.curve.vidaleWolfe": "Видейл — Вулф",
  "pane.budget.channel.min": "Мин. затраты",
  "pane.budget.channel.max": "Макс. затраты",
  "pane.budget.channel.max.hint": "пусто: весь бюджет",
  "pane.budget.channel.current": "Текущие затраты",
  "pane.budget.channel.current.hint": "необязательно",
  "pane.budget.channel.margin": "Маржа",
  "pane.budget.channel.margin.hint": "прибыль на единицу отклика",
  "pane.budget.curve.minResponse": "Нижний уровень",
  "pane.budget.curve.minResponse.hint": "отклик без затрат",
  "pane.budget.curve.maxResponse": "Потолок",
  "pane.budget.curve.shape": "Форма γ",
  "pane.budget.curve.shape.hint": "больше 1: S-кривая",
  "pane.budget.curve.halfSaturationSpend": "Полунасыщение K",
  "pane.budget.curve.halfSaturationSpend.hint": "затраты на середине подъёма",
  "pane.budget.curve.responseRate": "Отклик r",
  "pane.budget.curve.saturationSales": "Насыщение M",
  "pane.budget.curve.decayRate": "Затухание λ",
  "pane.budget.channel.remove": "Удалить канал",
  "pane.budget.channel.removeNamed": "Удалить: {channel}",
  "pane.budget.channel.add": "Добавить канал",
  "pane.budget.channel.fill": "Заполнить кривую",
  "pane.budget.channel.fillNamed": "Заполнить кривую: {channel}",
  "pane.budget.problems": "Ошибки в модели бюджета",
  "pane.budget.build": "Построить лист бюджета",
  "pane.budget.buildHint":
    "Создаёт новый лист с обычными формулами Excel, графиком кривой отклика для каждого канала и готовой моделью для «Поиска решения».",
  "pane.budget.building": "Строю лист бюджета…",
  "pane.budget.built": "Построен лист «{sheet}». Оптимизируйте его ниже.",
  "pane.budget.optimise.heading": "Оптимизация",
  "pane.budget.optimise.intro":
    "Находит самое прибыльное распределение бюджета на активном листе бюджета (глобальный поиск с доказательством) и записывает затраты в его зелёные ячейки решения.",
  "pane.budget.optimise.button": "Оптимизировать лист бюджета",
  "pane.budget.optimise.undo": "Отменить: вернуть прежние затраты",
  "pane.budget.status.reading": "Читаю модель бюджета с активного листа…",
  "pane.budget.status.notBudget":
    "Активный лист «{sheet}» — не лист бюджета, построенный панелью: постройте его формой выше или перейдите на него.",
  "pane.budget.status.invalid":
    "Данные на листе «{sheet}» — не корректная модель бюджета: {problems}.",
  "pane.budget.status.solving": "Ищу самое прибыльное распределение…",
  "pane.budget.status.infeasible": "Затраты не записаны: {reason}",
  "pane.budget.status.writing": "Записываю затраты на лист…",
  "pane.budget.status.wrote": "Оптимальные затраты записаны на лист «{sheet}».",
  "pane.budget.status.changedWhileSolving":
    "Затраты на листе «{sheet}» изменились, пока работал оптимизатор, поэтому ничего не записано. Запустите оптимизацию ещё раз.",
  "pane.budget.status.restoring": "Возвращаю прежние затраты…",
  "pane.budget.status.restored": "Прежние затраты на листе «{sheet}» восстановлены.",
  "pane.budget.result.title": "Оптимальное распределение для «{sheet}»",
  "pane.budget.result.profitBefore": "Прибыль при текущих затратах",
  "pane.budget.result.profitAfter": "Прибыль в оптимуме",
  "pane.budget.result.change": "Изменение",
  "pane.budget.result.spent": "Потрачено",
  "pane.budget.result.spentValue": "{spend} из {budget}",
  "pane.budget.result.perChannel": "Затраты по каналам, {currency}",
  "pane.budget.result.channel": "Канал",
  "pane.budget.result.spend": "Затраты",
  "pane.budget.result.todayValue": "сейчас {spend}",
  "pane.budget.result.marginal": "Предельная отдача",
  "pane.budget.result.atMin": "на минимуме",
  "pane.budget.result.atMax": "на максимуме",
  "pane.budget.result.marginalNote":
    "Предельная отдача — прибыль от ещё одной денежной единицы в канале. У каналов между их границами она в оптимуме одинакова; у канала на границе может отличаться.",
  "pane.budget.result.noCurrent":
    "Укажите текущие затраты каждого канала, чтобы сравнить с текущей прибылью.",
  "pane.budget.result.proved":
    "Доказано: оптимум с точностью {share} прибыли — никакое распределение в пределах границ и бюджета не принесёт {gap}.",
  "pane.budget.result.notProved":
    "Лучшее найденное распределение, доказано с точностью {share} прибыли: поиск остановился на пределе, и распределение, приносящее {gap}, может существовать.",
  "pane.budget.fill.title": "Заполнить кривую: {channel}",
  "pane.budget.fill.method": "Источник",
  "pane.budget.fill.judgement": "Две точки",
  "pane.budget.fill.history": "История",
  "pane.budget.fill.judgementHelp":
    "Метод Литтла: при нижнем уровне и потолке, указанных выше, две суммы затрат и ожидаемый при каждой отклик задают форму и затраты полунасыщения (как MKT.ADBUDG_CALIBRATE).",
  "pane.budget.fill.spend1": "Затраты 1",
  "pane.budget.fill.response1": "Отклик при затратах 1",
  "pane.budget.fill.spend2": "Затраты 2",
  "pane.budget.fill.response2": "Отклик при затратах 2",
  "pane.budget.fill.historyLabel": "Затраты и отклик, по периоду в строке",
  "pane.budget.fill.historyHelp":
    "Вставьте два столбца из Excel или введите «затраты; отклик» в каждой строке. Нижний уровень, потолок, форма и затраты полунасыщения подбираются методом наименьших квадратов (как MKT.ADBUDG_FIT).",
  "pane.budget.fill.apply": "Заполнить кривую",
  "pane.budget.fill.close": "Закрыть",
  "pane.budget.fill.filledJudgement":
    "Для канала {channel} заполнены форма ({shape}) и затраты полунасыщения ({halfSaturation}).",
  "pane.budget.fill.filledHistory": {
    one: "Для канала {channel} по {count} периоду заполнены нижний уровень, потолок, форма и затраты полунасыщения.",
    few: "Для канала {channel} по {count} периодам заполнены нижний уровень, потолок, форма и затраты полунасыщения.",
    many: "Для канала {channel} по {count} периодам заполнены нижний уровень, потолок, форма и затраты полунасыщения.",
    other:
      "Для канала {channel} по {count} периода заполнены нижний уровень, потолок, форма и затраты полунасыщения.",
  },
  "pane.budget.fill.needFloorCeiling":
    "Сначала укажите нижний уровень и потолок канала: две точки читаются между ними.",
  "pane.budget.fill.pointOutside":
    "Отклик при затратах {point:plain} должен лежать строго между нижним уровнем ({floor}) и потолком ({ceiling}): кривая лишь приближается к ним.",
  "pane.budget.fill.ceilingNotAboveFloor": "Потолок должен быть больше нижнего уровня.",
  "pane.budget.fill.sameSpend":
    "Две суммы затрат должны различаться: одна сумма не задаёт наклон кривой.",
  "pane.budget.fill.notRising": "Для кривой ADBUDG отклик должен расти с затратами.",
  "pane.budget.fill.tooFewPoints": {
    one: "Для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными суммами затрат; в истории {count} разная сумма.",
    few: "Для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными суммами затрат; в истории {count} разные суммы.",
    many: "Для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными суммами затрат; в истории {count} разных сумм.",
    other:
      "Для подбора четырёх параметров нужно не меньше {min:plain} периодов с {min:plain} разными суммами затрат; в истории {count} разной суммы.",
  },
  "pane.budget.fill.badLine":
    "Строка {line:plain}: введите затраты и отклик через табуляцию или точку с запятой, оба — числа не меньше 0.",
  "office.feature.writeSpends": "записи затрат",
  "office.editedSinceWriteSpends":
    "Затраты на листе «{sheet}» изменены после того, как панель их записала, поэтому отмена не выполнена (она стёрла бы ваши правки).",
  "office.spendCellCount": {
    one: "На листе «{sheet}» {cells} ячеек затрат, а в решении {count} канал; на листе добавили или удалили канал? Постройте новый лист из формы.",
    few: "На листе «{sheet}» {cells} ячеек затрат, а в решении {count} канала; на листе добавили или удалили канал? Постройте новый лист из формы.",
    many: "На листе «{sheet}» {cells} ячеек затрат, а в решении {count} каналов; на листе добавили или удалили канал? Постройте новый лист из формы.",
    other:
      "На листе «{sheet}» {cells} ячеек затрат, а в решении {count} канала; на листе добавили или удалили канал? Постройте новый лист из формы.",
  },
  "budget.objectMissing": "отсутствует (нужен объект)",
  "budget.notBelow": "должно быть >= {other} (получено {value} < {min})",
  "budget.unknownModel": 'должно быть "adbudg" или "vidale-wolfe" (получено {got})',
  "budget.currentOutside":
    "должно лежать между {min} и {max} (от {low} до {high}; получено {value})",
  "budget.overflow": "{path}: прибыль не вычисляется (маржа × отклик слишком велики)",
  "budget.infeasible.minAboveBudget":
    "Минимальные затраты в сумме {total:money} {currency}, больше бюджета {budget:money} {currency}: снизьте минимум или увеличьте бюджет.",
  "budget.infeasible.maxBelowBudget":
    "Весь бюджет {budget:money} {currency} должен быть потрачен, но максимальные затраты в сумме лишь {total:money} {currency}: поднимите максимум или разрешите оставить часть бюджета.",
  "budget.method":
    "метод ветвей и границ с лагранжевыми оценками по областям затрат (S-кривые делятся там, где выпуклая часть переходит в вогнутую)",
  "budget.explanation":
    "Глобальный оптимум по методу ветвей и границ: цена денег ограничила, сколько может принести любое распределение в {boxes} затрат, а области, где ещё могло быть лучшее распределение, делились, пока таких не осталось. Никакое распределение в пределах границ и бюджета не принесёт больше чем на {gap} {currency} ({share}) сверх этого{end}",
  "budget.explanation.boxes": {
    one: "{count} области",
    few: "{count} областях",
    many: "{count} областях",
    other: "{count} областях",
  },
  "budget.explanation.share": "{share} прибыли",
  "budget.explanation.shareTiny": "меньше 0,0001% прибыли",
  "budget.explanation.end": ".",
  "budget.explanation.nodeCap":
    " (поиск остановился на пределе числа областей; это доказанный им разрыв).",
  "cli.model.error": "{command}: {message}",
  "cli.model.unknownOption": "неизвестный параметр {option}",
  "cli.model.needsFile": "после {option} нужно имя файла",
  "cli.model.missingSubcommand": "не указана подкоманда",
  "cli.model.unknownSubcommand": "неизвестная подкоманда {name}",
  "cli.model.solveNeedsInput": "solve требует --input FILE.json",
  "cli.model.buildNeedsFiles": "build требует --input FILE.json и --out FILE.xlsx",
  "cli.model.outNotXlsx": "--out должен указывать файл .xlsx (указано {path})",
  "cli.model.cannotRead": "не удаётся прочитать {path}: {detail}",
  "cli.model.cannotReadShort": "не удаётся прочитать {path}",
  "cli.model.exists":
    "{path} уже существует; ничего не записано (добавьте --force, чтобы заменить)",
  "cli.model.cannotWrite": "не удаётся записать {path}: {detail}",
  "cli.model.certificate": "Сертификат: {explanation}",
  "cli.budget.usage":
    "использование: mkt budget solve --input FILE.json [--json]\n       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force] [--lang en|ru|kk]\n       (build не заменяет существующий файл без --force; --lang — язык листа)",
  "cli.budget.invalidModel": "{path} — некорректная модель бюджета:",
  "cli.budget.infeasible": "{name}: решения нет",
  "cli.budget.optimal": "{name} ({currency}): оптимальное распределение {budget:money}",
  "cli.budget.column.channel": "Канал",
  "cli.budget.column.spend": "Затраты",
  "cli.budget.column.current": "Сейчас",
  "cli.budget.column.response": "Отклик",
  "cli.budget.column.profit": "Прибыль",
  "cli.budget.column.marginal": "Предельная отдача",
  "cli.budget.column.bound": "Граница",
  "cli.budget.bound.min": "мин",
  "cli.budget.bound.max": "макс",
  "cli.budget.totals": "Всего затрат {spend:money} из {budget:money}; общая прибыль {profit:money}",
  "cli.budget.versusCurrent": "; при текущих затратах {current:money} ({change})",
  "cli.budget.noteOptimal":
    "В ячейках затрат — глобальный оптимум оптимизатора MKT (прибыль {profit:money} {currency}). {explanation}",
  "cli.budget.noteInfeasible": "Оптимизатор MKT не нашёл допустимого распределения: {reason}",
  "cli.budget.writtenAtMinimums": "{reason} Лист записан с минимальными затратами.",
  "cli.budget.wrote": "записан {path}",
  "cli.budget.wroteSolved": "записан {path} (в изменяемых ячейках — оптимальные затраты)",
};

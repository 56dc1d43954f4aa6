/**
 * Kazakh texts of enLater.ts (what the pane shows after its first screen),
 * key by key, loaded with them (lang-kk-later). How a Kazakh text is
 * written: kk.ts.
 */
import type { Translation } from "./types";

export const kkLater: Translation = {
  // --- opt: the optimiser's answer -----------------------------------------------
  "opt.infeasible.floor":
    '"{tier}" сатысы 0–{max:percent} аралығындағы ешбір жеңілдікте {margin:percent} ең аз маржасына жетпейді.',
  "opt.infeasible.chain":
    '"{tier}" сатысы ең аз маржасына кішірек сатыларға қажет жеңілдіктерден төмен жеңілдіктерде ғана жетеді: ешбір кемімейтін жеңілдіктер жиыны барлық ең аз маржаны орындамайды.',
  "opt.binding.noDiscountAllowed": "ең үлкен жеңілдік 0%: ешбір саты жеңілдік ала алмайды",
  "opt.binding.floor": '"{tier}" сатысының ең аз маржасы ({margin:percent})',
  "opt.binding.lowerBound": '"{tier}" сатысында жеңілдік жоқ (төменгі шек 0)',
  "opt.binding.upperBound": '"{tier}" сатысындағы ең үлкен жеңілдік ({max:percent})',
  "opt.binding.chain": 'тізбек: "{tier}" сатысы "{previous}" сатысымен бірдей жеңілдік алады',
  "opt.explanation":
    "Сатылар тізбегі бойынша дәл динамикалық бағдарламалау: әр сатыға {candidates} (0–{max:percent} аралығында {step} пайыздық тармақ қадамды тор, сатының ең аз маржасы орындала бастайтын немесе тоқтайтын жерлерде {roots}{refinements}), содан кейін жергілікті нақтылау. Үміткерлер арасында сатының пайдасы үлкенірек көршісінен оның қисықтығы рұқсат ететіннен артық аса алмайды, сондықтан ешбір жеңілдіктер жиыны бұл жауаптан {gap:money2} {currency} артық пайда бермейді{caveat}",
  "opt.explanation.candidates": {
    one: "{count} үміткер жеңілдік",
    other: "{count} үміткер жеңілдік",
  },
  "opt.explanation.roots": { one: "{count} нүкте", other: "{count} нүкте" },
  "opt.explanation.refinements": {
    one: ", және жақсырақ жауап әлі жасырынуы мүмкін жерлерде {count} рет ұсағырақ нүктелер",
    other: ", және жақсырақ жауап әлі жасырынуы мүмкін жерлерде {count} рет ұсағырақ нүктелер",
  },
  "opt.explanation.end": ".",
  "opt.explanation.rootCap":
    " (ешбір маржа шекарасы өткізіп алынбаған деп есептегенде: түбірлерді іздеу есептеу шегіне жетті).",
  "opt.method":
    "монотонды сатылар тізбегі бойынша тордағы динамикалық бағдарламалау + алтын қима әдісімен нақтылау",
  // The Optimise tab
  "pane.optimise.label": "Оңтайландыру",
  "pane.optimise.intro":
    "Осы тақта құрған модель парағын таңдаңыз. «Оңтайландыру» ағымдағы деректерді оқып, әр сатыға ең пайдалы жеңілдікті табады және оларды жасыл шешім ұяшықтарына жазады.",
  "pane.optimise.button": "Белсенді парақты оңтайландыру",
  "pane.optimise.undo": "Болдырмау: бұрынғы жеңілдіктерді қайтару",
  // Function gallery
  "pane.gallery.label": "Функциялар галереясы",
  "pane.gallery.search": "Іздеу: атауы, мақсаты, аргументі…",
  "pane.gallery.searchLabel": "MKT функцияларын іздеу",
  "pane.gallery.count": "{total:plain} функцияның {shown:plain}",
  "pane.gallery.optionalArgument": "{name} (міндетті емес)",
  "pane.gallery.arguments": "MKT.{name} аргументтері",
  "pane.gallery.example": "Мысал:",
  "pane.gallery.insert": "Белгіленген ұяшыққа қою",
  "pane.gallery.insertNamed": "Белгіленген ұяшыққа қою: MKT.{name}",
  "pane.gallery.argumentPlaceholder": "ұяшық, ауқым немесе мән",
  "pane.gallery.argumentLabel": "MKT.{name} {arg}: ұяшық, ауқым немесе мән",
  "pane.gallery.insertMkt": "MKT функциясы ретінде кірістіру",
  "pane.gallery.insertMktNamed": "MKT функциясы ретінде кірістіру: MKT.{name}",
  "pane.gallery.insertNative": "Кәдімгі формула ретінде кірістіру",
  "pane.gallery.insertNativeNamed": "Кәдімгі формула ретінде кірістіру: MKT.{name}",
  "pane.gallery.noNative.arguments":
    "Кәдімгі формуланы кірістіру үшін барлық міндетті аргументтерді толтырыңыз.",
  "pane.gallery.noNative.noTwin": "Бұл функцияның егіз формуласы жоқ.",
  "pane.gallery.noNative.volatile":
    "Аргумент RAND қолданады: кәдімгі формула оны бірнеше рет оқыр еді.",
  "pane.gallery.noNative.tooLong": "Кәдімгі формула Excel шегі 8 192 таңбадан ұзын болар еді.",
  "pane.guidedForm.aria": "{model}: модельдің кіріс деректері",
  "pane.guidedForm.name": "Модель атауы",
  "pane.guidedForm.name.tableHint": "бос — кесте парағының атауы",
  "pane.guidedForm.defaultMargin": "Әдепкі жалпы маржа",
  "pane.guidedForm.campaigns": "Науқандар",
  "pane.guidedForm.campaign": "Науқан",
  "pane.guidedForm.salesBefore": "Бұрынғы сатылым",
  "pane.guidedForm.salesNow": "Қазіргі сатылым",
  "pane.guidedForm.unitsBefore": "Бұрынғы сатылым, дана",
  "pane.guidedForm.unitsNow": "Қазіргі сатылым, дана",
  "pane.guidedForm.tmCost": "ТМ шығыны",
  "pane.guidedForm.ownMargin": "Өз жалпы маржасы",
  "pane.guidedForm.ownMargin.hint": "бос — әдепкі",
  "pane.guidedForm.baselineDailyUnits": "Қалыпты күнгі сатылым, дана",
  "pane.guidedForm.unitProfit": "Бір бірліктің пайдасы",
  "pane.guidedForm.promoDays": "Акция күндері",
  "pane.guidedForm.promoDailyUnits": "Акцияның бір күніндегі сатылым, дана",
  "pane.guidedForm.convertedBuyers": "Конверсияланған сатып алушылар",
  "pane.guidedForm.monthlyUnitsPerBuyer": "Бір сатып алушының айлық сатып алуы, дана",
  "pane.guidedForm.promoCost": "Акция шығыны",
  "pane.guidedForm.monthsAfter": "Акциядан кейінгі айлар",
  "pane.guidedForm.daysPerMonth": "Айдағы күн саны",
  "pane.guidedForm.default.hint": "бос — {value}",
  "pane.guidedForm.options": "POSM нұсқалары",
  "pane.guidedForm.option": "Нұсқа",
  "pane.guidedForm.kind": "Түрі",
  "pane.guidedForm.kind.permanent": "Тұрақты",
  "pane.guidedForm.kind.temporary": "Уақытша",
  "pane.guidedForm.monthlyUnitUplift": "Айына қосымша дана",
  "pane.guidedForm.monthlyPlacementCost": "Айлық орналастыру шығыны",
  "pane.guidedForm.placementMonths": "Орналастыру айлары",
  "pane.guidedForm.productionCost": "Өндіріс шығыны",
  "pane.guidedForm.serviceLifeMonths": "Қызмет ету мерзімі, ай",
  "pane.guidedForm.monthlyKitCost": "Материалдар жинағының айлық құны",
  "pane.guidedForm.permanentOnly.hint": "тек тұрақты үшін",
  "pane.guidedForm.temporaryOnly.hint": "тек уақытша үшін",
  "pane.guidedForm.dailyVisitors": "Күнделікті келушілер",
  "pane.guidedForm.effects": "Әсерлер (сарапшылар коэффициенттері)",
  "pane.guidedForm.effect": "Әсер",
  "pane.guidedForm.service": "Қызмет",
  "pane.guidedForm.group": "Топ",
  "pane.guidedForm.trafficShare": "Трафиктегі үлес",
  "pane.guidedForm.additionalTrafficShare": "Қосымша трафик үлесі",
  "pane.guidedForm.frequencyCoef": "q_f (келу жиілігі)",
  "pane.guidedForm.checksCoef": "q_ch (чектер саны)",
  "pane.guidedForm.item": "{item} {index}",
  "pane.guidedForm.removeItem": "Жою: {item} {index}",
  // --- pane: арналар бойынша бюджет
  "pane.budget.unavailable":
    "Бюджет моделі бұл тақтада қолжетімсіз (бюджет оңтайландырғышы қосылмаған).",
  "pane.budget.form.label": "Бюджет моделі",
  "pane.budget.loadExample": "Мысалды жүктеу",
  "pane.budget.exampleLoaded": "Мысал жүктелді ({name}): оны өзгертіңіз немесе парақ құрыңыз.",
  "pane.budget.section.budget": "Бюджет",
  "pane.budget.field.name": "Модель атауы",
  "pane.budget.field.budget": "Бюджет",
  "pane.budget.field.spendAll": "Бүкіл бюджетті жұмсау",
  "pane.budget.field.spendAll.hint":
    "Өшірулі: бюджеттен артық емес, ал ақша өз құнынан аз әкелетін жерде азырақ.",
  "pane.budget.channels": "Арналар",
  "pane.budget.channel.legend": "{index:plain}-арна",
  "pane.budget.channel.named": "{index:plain}-арна ({label})",
  "pane.budget.channel.label": "Арна",
  "pane.budget.channel.curve": "Жауап қисығы",
  "pane.budget.curve.adbudg": "ADBUDG (S-қисық)",
  "pane.budget.curve.vidaleWolfe": "Видейл — Вулф",
  "pane.budget.channel.min": "Ең аз шығын",
  "pane.budget.channel.max": "Ең көп шығын",
  "pane.budget.channel.max.hint": "бос: бүкіл бюджет",
  "pane.budget.channel.current": "Қазіргі шығын",
  "pane.budget.channel.current.hint": "міндетті емес",
  "pane.budget.channel.margin": "Маржа",
  "pane.budget.channel.margin.hint": "жауап бірлігіне пайда",
  "pane.budget.curve.minResponse": "Төменгі деңгей",
  "pane.budget.curve.minResponse.hint": "шығынсыз жауап",
  "pane.budget.curve.maxResponse": "Шекті деңгей",
  "pane.budget.curve.shape": "Пішін γ",
  "pane.budget.curve.shape.hint": "1-ден көп: S-қисық",
  "pane.budget.curve.halfSaturationSpend": "Жартылай қанығу K",
  "pane.budget.curve.halfSaturationSpend.hint": "өсудің жартысындағы шығын",
  "pane.budget.curve.responseRate": "Жауап r",
  "pane.budget.curve.saturationSales": "Қанығу M",
  "pane.budget.curve.decayRate": "Бәсеңдеу λ",
  "pane.budget.channel.remove": "Арнаны жою",
  "pane.budget.channel.removeNamed": "Жою: {channel}",
  "pane.budget.channel.add": "Арна қосу",
  "pane.budget.channel.fill": "Қисықты толтыру",
  "pane.budget.channel.fillNamed": "Қисықты толтыру: {channel}",
  "pane.budget.problems": "Бюджет моделіндегі қателер",
  "pane.budget.build": "Бюджет парағын құру",
  "pane.budget.buildHint":
    "Кәдімгі Excel формулалары, әр арнаның жауап қисығының диаграммасы және Solver-ге дайын моделі бар жаңа парақ құрады.",
  "pane.budget.building": "Бюджет парағын құрып жатырмын…",
  "pane.budget.built": "«{sheet}» парағы құрылды. Оны төменде оңтайландырыңыз.",
  "pane.budget.optimise.heading": "Оңтайландыру",
  "pane.budget.optimise.intro":
    "Белсенді бюджет парағында бюджетті ең пайдалы бөлуді табады (дәлелі бар жаһандық іздеу) және шығындарды оның жасыл шешім ұяшықтарына жазады.",
  "pane.budget.optimise.button": "Бюджет парағын оңтайландыру",
  "pane.budget.optimise.undo": "Болдырмау: бұрынғы шығындарды қайтару",
  "pane.budget.status.reading": "Белсенді парақтан бюджет моделін оқып жатырмын…",
  "pane.budget.status.notBudget":
    "Белсенді «{sheet}» парағы тақта құрған бюджет парағы емес: оны жоғарыдағы пішінмен құрыңыз немесе соған ауысыңыз.",
  "pane.budget.status.invalid":
    "«{sheet}» парағындағы деректер — бюджеттің жарамсыз моделі: {problems}.",
  "pane.budget.status.solving": "Ең пайдалы бөлуді іздеп жатырмын…",
  "pane.budget.status.infeasible": "Шығындар жазылмады: {reason}",
  "pane.budget.status.writing": "Шығындарды параққа жазып жатырмын…",
  "pane.budget.status.wrote": "Оңтайлы шығындар «{sheet}» парағына жазылды.",
  "pane.budget.status.changedWhileSolving":
    "Оңтайландырғыш жұмыс істеп тұрғанда «{sheet}» парағындағы шығындар өзгерді, сондықтан ештеңе жазылмады. Қайта оңтайландырыңыз.",
  "pane.budget.status.restoring": "Бұрынғы шығындарды қайтарып жатырмын…",
  "pane.budget.status.restored": "«{sheet}» парағындағы бұрынғы шығындар қалпына келтірілді.",
  "pane.budget.result.title": "«{sheet}» үшін оңтайлы бөлу",
  "pane.budget.result.profitBefore": "Қазіргі шығындардағы пайда",
  "pane.budget.result.profitAfter": "Оптимумдағы пайда",
  "pane.budget.result.change": "Өзгеріс",
  "pane.budget.result.spent": "Жұмсалды",
  "pane.budget.result.spentValue": "{budget} ішінен {spend}",
  "pane.budget.result.perChannel": "Арналар бойынша шығын, {currency}",
  "pane.budget.result.channel": "Арна",
  "pane.budget.result.spend": "Шығын",
  "pane.budget.result.todayValue": "қазір {spend}",
  "pane.budget.result.marginal": "Шекті қайтарым",
  "pane.budget.result.atMin": "ең азында",
  "pane.budget.result.atMax": "ең көбінде",
  "pane.budget.result.marginalNote":
    "Шекті қайтарым — арнаға тағы бір ақша бірлігінен түсетін пайда. Шекаралары арасындағы арналарда оптимумда ол бірдей; шекарадағы арнада өзгеше болуы мүмкін.",
  "pane.budget.result.noCurrent":
    "Қазіргі пайдамен салыстыру үшін әр арнаның қазіргі шығынын көрсетіңіз.",
  "pane.budget.result.proved":
    "Дәлелденді: пайданың {share} дәлдігімен оптимум — шекаралар мен бюджет шегіндегі ешбір бөлу {gap} пайда әкелмейді.",
  "pane.budget.result.notProved":
    "Табылған ең жақсы бөлу, пайданың {share} дәлдігімен дәлелденді: іздеу шегінде тоқтады, және {gap} әкелетін бөлу болуы мүмкін.",
  "pane.budget.fill.title": "Қисықты толтыру: {channel}",
  "pane.budget.fill.method": "Дерек көзі",
  "pane.budget.fill.judgement": "Екі нүкте",
  "pane.budget.fill.history": "Тарих",
  "pane.budget.fill.judgementHelp":
    "Литтл әдісі: жоғарыдағы төменгі және шекті деңгейлермен екі шығын және әрқайсысында күтілетін жауап пішінді және жартылай қанығу шығынын анықтайды (MKT.ADBUDG_CALIBRATE сияқты).",
  "pane.budget.fill.spend1": "1-шығын",
  "pane.budget.fill.response1": "1-шығындағы жауап",
  "pane.budget.fill.spend2": "2-шығын",
  "pane.budget.fill.response2": "2-шығындағы жауап",
  "pane.budget.fill.historyLabel": "Шығын мен жауап, әр жолда бір кезең",
  "pane.budget.fill.historyHelp":
    "Excel-ден екі бағанды қойыңыз немесе әр жолға «шығын; жауап» енгізіңіз. Төменгі деңгей, шекті деңгей, пішін және жартылай қанығу шығыны ең кіші квадраттар әдісімен табылады (MKT.ADBUDG_FIT сияқты).",
  "pane.budget.fill.apply": "Қисықты толтыру",
  "pane.budget.fill.close": "Жабу",
  "pane.budget.fill.filledJudgement":
    "{channel} арнасының пішіні ({shape}) және жартылай қанығу шығыны ({halfSaturation}) толтырылды.",
  "pane.budget.fill.filledHistory": {
    one: "{channel} арнасының төменгі деңгейі, шекті деңгейі, пішіні және жартылай қанығу шығыны {count} кезең бойынша толтырылды.",
    other:
      "{channel} арнасының төменгі деңгейі, шекті деңгейі, пішіні және жартылай қанығу шығыны {count} кезең бойынша толтырылды.",
  },
  "pane.budget.fill.needFloorCeiling":
    "Алдымен арнаның төменгі және шекті деңгейін енгізіңіз: екі нүкте солардың арасында оқылады.",
  "pane.budget.fill.pointOutside":
    "{point:plain}-шығындағы жауап төменгі деңгей ({floor}) мен шекті деңгейдің ({ceiling}) қатаң арасында болуы керек: қисық оларға тек жақындайды.",
  "pane.budget.fill.ceilingNotAboveFloor": "Шекті деңгей төменгі деңгейден үлкен болуы керек.",
  "pane.budget.fill.sameSpend":
    "Екі шығын әртүрлі болуы керек: бір шығын қисықтың еңісін анықтамайды.",
  "pane.budget.fill.notRising": "ADBUDG қисығы үшін жауап шығынмен бірге өсуі керек.",
  "pane.budget.fill.tooFewPoints": {
    one: "Төрт параметрді табу үшін кемінде {min:plain} әртүрлі шығынды {min:plain} кезең қажет; тарихта {count} әртүрлі шығын бар.",
    other:
      "Төрт параметрді табу үшін кемінде {min:plain} әртүрлі шығынды {min:plain} кезең қажет; тарихта {count} әртүрлі шығын бар.",
  },
  "pane.budget.fill.badLine":
    "{line:plain}-жол: шығын мен жауапты табуляция немесе нүктелі үтір арқылы енгізіңіз, екеуі де 0-ден кем емес сан.",
  "budget.objectMissing": "жоқ (нысан қажет)",
  "budget.notBelow": ">= {other} болуы керек (алынғаны {value} < {min})",
  "budget.unknownModel": '"adbudg" немесе "vidale-wolfe" болуы керек (алынғаны {got})',
  "budget.currentOutside":
    "{min} мен {max} арасында болуы керек ({low}-ден {high}-ге дейін; алынғаны {value})",
  "budget.overflow": "{path}: пайда есептелмейді (маржа × жауап тым үлкен)",
  "budget.infeasible.minAboveBudget":
    "Ең аз шығындардың сомасы {total:money} {currency}, бұл {budget:money} {currency} бюджеттен көп: ең аз шығынды азайтыңыз немесе бюджетті көбейтіңіз.",
  "budget.infeasible.maxBelowBudget":
    "{budget:money} {currency} бюджет толық жұмсалуы керек, бірақ ең көп шығындардың сомасы тек {total:money} {currency}: ең көп шығынды арттырыңыз немесе бюджеттің бір бөлігін қалдыруға рұқсат етіңіз.",
  "budget.method":
    "шығын аймақтары бойынша Лагранж бағалауларымен тармақтар мен шекаралар әдісі (S-қисықтар дөңес бөлігі ойыс бөлігіне ауысатын жерде бөлінеді)",
  "budget.explanation":
    "Тармақтар мен шекаралар әдісімен табылған жаһандық оптимум: ақшаның бағасы {boxes} кез келген бөлудің қанша әкелетінін шектеді, ал жақсырақ бөлу әлі болуы мүмкін аймақтар ондай аймақ қалмағанша бөлінді. Шекаралар мен бюджет шегіндегі ешбір бөлу мұнан {gap} {currency} ({share}) артық пайда әкелмейді{end}",
  "budget.explanation.boxes": { one: "{count} шығын аймағында", other: "{count} шығын аймағында" },
  "budget.explanation.share": "пайданың {share}",
  "budget.explanation.shareTiny": "пайданың 0,0001%-ынан аз",
  "budget.explanation.end": ".",
  "budget.explanation.nodeCap":
    " (іздеу аймақтар санының шегінде тоқтады; бұл ол дәлелдеген айырма).",
};

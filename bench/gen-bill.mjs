// Deterministic generator of a large multilingual (English / Russian / Kazakh) bill for benchmarks.
//
//   import { generateBill } from "./gen-bill.mjs";
//   const text = generateBill(10_000_000, 1);
//
//   node bench/gen-bill.mjs 10 > /tmp/bill.md        # 10 MB (10^6 UTF-8 bytes), seed 1
//   node bench/gen-bill.mjs 0.5 42 > /tmp/small.md   # 0.5 MB, seed 42
//
// All text comes from the templates below and a seeded PRNG; the same (targetBytes, seed) always
// gives the same string. The result is at least `targetBytes` UTF-8 bytes and overshoots by less
// than one article (a few KB).

import { pathToFileURL } from "node:url";

/** mulberry32: small, fast, good enough for choosing templates. */
function prng(seed) {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROMAN = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n) {
  let out = "";
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const ALPHA_EN = "abcdefgh";
const UNSAFE_LINE_START = /^(?:[0-9(§#<>*+-]|Article|Chapter|Section|Статья|Глава|Раздел|Сноска|Footnote|Ескерту)/;
const ALPHA_CYR = "абвгдежз";

// ---------------------------------------------------------------------------------------------
// Templates. {a} = an article number, {p} = a paragraph number, {sp} = a point number.
// ---------------------------------------------------------------------------------------------

const EN = {
  subjects: [
    ["Everyone", false],
    ["Every citizen of the Republic", false],
    ["A person with disabilities", false],
    ["The authorised body", false],
    ["Local executive bodies", true],
    ["The data controller", false],
    ["A court", false],
    ["State bodies and officials", true],
    ["Public associations", true],
    ["A foreign national lawfully residing in the Republic", false],
    ["The employer", false],
    ["The Commissioner for Human Rights", false],
  ],
  predicates: [
    ["shall have the right to {o}", "shall have the right to {o}"],
    ["shall ensure {o}", "shall ensure {o}"],
    ["may not be deprived of {o}", "may not be deprived of {o}"],
    ["shall guarantee {o}", "shall guarantee {o}"],
    ["shall take measures to protect {o}", "shall take measures to protect {o}"],
    ["is obliged to respect {o}", "are obliged to respect {o}"],
    ["shall publish information on {o}", "shall publish information on {o}"],
  ],
  objects: [
    "freedom of speech and creative activity",
    "the protection of personal data",
    "access to public information",
    "equality before the law and the court",
    "peaceful assembly without weapons",
    "the inviolability of the home",
    "qualified legal assistance",
    "a fair and public hearing within a reasonable time",
    "the secrecy of correspondence and telephone conversations",
    "free secondary education in state educational institutions",
    "social security in old age and in case of illness",
    "participation in the management of the affairs of the state",
    "freedom of conscience and religion",
    "the use of the native language and culture",
  ],
  conditions: [
    "except in cases provided for by law",
    "in the manner established by the Government",
    "within ten working days from the date of receipt of the application",
    "on the basis of a court decision",
    "unless otherwise provided by paragraph {p} of Article {a} of this Law",
    "in accordance with subparagraph {sp}) of paragraph {p} of this Article",
    "subject to the restrictions set out in Article {a} of this Law",
    "without any discrimination on grounds of origin, social, official or property status, sex, race, nationality, language, attitude towards religion, convictions or place of residence",
    "to the extent necessary to protect the constitutional order, public order, human rights and freedoms and the health and morals of the population",
    "as referred to in Articles {a} and {a2} of this Law",
  ],
  extra: [
    "Such restrictions shall be proportionate to the aim pursued.",
    "The procedure for the exercise of this right shall be determined by the Government of the Republic.",
    "A decision taken under this paragraph may be appealed to a court.",
    "No one may be compelled to express his or her opinions and convictions or to renounce them.",
    "The list of documents required for this purpose is approved by the authorised body.",
    "Information on the measures taken shall be published on the official internet resource of the authorised body.",
  ],
  pointVerbs: [
    "ensure {o} {c}",
    "develop and approve rules for {o}",
    "exercise state control over {o}",
    "consider complaints concerning {o} {c}",
    "submit annual reports on {o} to the Government",
    "cooperate with international organisations on matters of {o}",
  ],
  pointIntro: [
    "The authorised body shall:",
    "Within its competence, local executive bodies shall:",
    "The Commissioner for Human Rights has the following powers:",
    "The data controller shall be obliged to:",
  ],
  defIntro: "For the purposes of this Law, the following basic concepts are used:",
  terms: [
    ["personal data", "information relating to an identified or identifiable natural person"],
    ["processing", "any operation performed on personal data, whether or not by automated means"],
    ["authorised body", "the central executive body exercising leadership in the sphere of protection of human rights"],
    ["public event", "a meeting, rally, demonstration, march or picket held in a public place"],
    ["religious association", "a voluntary association of citizens established for the joint profession of a faith"],
    ["mass media", "a periodical printed publication, television or radio channel, or network publication"],
  ],
  hereinafter: ['(hereinafter – the "{T}")', '(hereinafter referred to as the "{T}")'],
  hereTerms: ["Register", "Commission", "Ombudsman", "Programme", "Fund"],
  articleTitles: [
    "Scope of this Law",
    "Basic concepts used in this Law",
    "Freedom of expression",
    "Right to peaceful assembly",
    "Protection of personal data",
    "Equality before the law",
    "Access to justice",
    "Freedom of conscience",
    "Competence of the authorised body",
    "Rights of persons with disabilities",
    "State guarantees",
    "Liability for violation of this Law",
    "Procedure for the consideration of complaints",
    "Restrictions of rights and freedoms",
  ],
  chapterTitles: [
    "General provisions",
    "Rights and freedoms of the person and citizen",
    "State regulation",
    "Guarantees of the protection of rights",
    "Final and transitional provisions",
    "International cooperation",
  ],
  sectionTitles: ["GENERAL PROVISIONS", "THE INDIVIDUAL AND CITIZEN", "THE STATE AND ITS BODIES", "FINAL PROVISIONS"],
  section: (n) => `Section ${roman(n)}`,
  chapter: (n, t) => `Chapter ${n}. ${t}`,
  article: (n, t) => `Article ${n}. ${t}`,
  deletedArticle: (n, law) => `Article ${n}. Deleted by the Law of the Republic of Kazakhstan ${law}.`,
  deletedParagraph: (n, law) => `${n}. Excluded by the Law of the Republic of Kazakhstan ${law}.`,
  note: (n, law) => `Footnote: Article ${n} as amended by the Law of the Republic of Kazakhstan ${law}.`,
  law: (d, no) => `dated ${d} No. ${no}`,
  comment: [
    "<!-- drafting note: check consistency with Article {a} -->",
    "<!-- TODO(committee): agree the wording of paragraph {p} -->",
    "<!-- rightslint-disable-next-line restriction-without-ground -- justified by Article {a} -->",
  ],
};

const RU = {
  subjects: [
    ["Каждый", false],
    ["Гражданин Республики", false],
    ["Лицо с инвалидностью", false],
    ["Уполномоченный орган", false],
    ["Местные исполнительные органы", true],
    ["Оператор персональных данных", false],
    ["Суд", false],
    ["Государственные органы и должностные лица", true],
    ["Общественные объединения", true],
    ["Иностранец, законно находящийся в Республике,", false],
    ["Работодатель", false],
    ["Уполномоченный по правам человека", false],
  ],
  predicates: [
    ["имеет право на {o}", "имеют право на {o}"],
    ["обеспечивает {o}", "обеспечивают {o}"],
    ["не может быть лишен права на {o}", "не могут быть лишены права на {o}"],
    ["гарантирует {o}", "гарантируют {o}"],
    ["принимает меры по защите права на {o}", "принимают меры по защите права на {o}"],
    ["обязан уважать право на {o}", "обязаны уважать право на {o}"],
    ["публикует сведения о соблюдении права на {o}", "публикуют сведения о соблюдении права на {o}"],
  ],
  objects: [
    "свободу слова и творчества",
    "защиту персональных данных",
    "доступ к публичной информации",
    "равенство перед законом и судом",
    "мирные собрания без оружия",
    "неприкосновенность жилища",
    "квалифицированную юридическую помощь",
    "справедливое и публичное разбирательство дела в разумный срок",
    "тайну переписки и телефонных переговоров",
    "бесплатное среднее образование в государственных учебных заведениях",
    "социальное обеспечение по возрасту и в случае болезни",
    "участие в управлении делами государства",
    "свободу совести и вероисповедания",
    "пользование родным языком и культурой",
  ],
  conditions: [
    "за исключением случаев, предусмотренных законом",
    "в порядке, установленном Правительством Республики",
    "в течение десяти рабочих дней со дня поступления заявления",
    "на основании решения суда",
    "если иное не предусмотрено пунктом {p} статьи {a} настоящего Закона",
    "в соответствии с подпунктом {sp}) пункта {p} настоящей статьи",
    "с учетом ограничений, установленных статьей {a} настоящего Закона",
    "без какой-либо дискриминации по мотивам происхождения, социального, должностного и имущественного положения, пола, расы, национальности, языка, отношения к религии, убеждений, места жительства",
    "в той мере, в какой это необходимо в целях защиты конституционного строя, охраны общественного порядка, прав и свобод человека, здоровья и нравственности населения",
    "в случаях, указанных в статьях {a} и {a2} настоящего Закона",
  ],
  extra: [
    "Такие ограничения должны быть соразмерны преследуемой цели.",
    "Порядок осуществления этого права определяется Правительством Республики.",
    "Решение, принятое в соответствии с настоящим пунктом, может быть обжаловано в суд.",
    "Никто не может быть принужден к выражению своих мнений и убеждений или отказу от них.",
    "Перечень необходимых для этого документов утверждается уполномоченным органом.",
    "Сведения о принятых мерах размещаются на официальном интернет-ресурсе уполномоченного органа.",
  ],
  pointVerbs: [
    "обеспечивает {o} {c}",
    "разрабатывает и утверждает правила, обеспечивающие {o}",
    "осуществляет государственный контроль за соблюдением права на {o}",
    "рассматривает жалобы на нарушение права на {o} {c}",
    "ежегодно представляет Правительству доклад о соблюдении права на {o}",
    "сотрудничает с международными организациями по вопросам, затрагивающим {o}",
  ],
  pointIntro: [
    "Уполномоченный орган:",
    "Местные исполнительные органы в пределах своей компетенции:",
    "Уполномоченный по правам человека:",
    "Оператор персональных данных:",
  ],
  defIntro: "В настоящем Законе используются следующие основные понятия:",
  terms: [
    ["персональные данные", "сведения, относящиеся к определенному или определяемому на их основании субъекту"],
    [
      "обработка персональных данных",
      "действия, направленные на накопление, хранение, изменение, использование и распространение персональных данных",
    ],
    [
      "уполномоченный орган",
      "центральный исполнительный орган, осуществляющий руководство в сфере защиты прав человека",
    ],
    [
      "публичное мероприятие",
      "собрание, митинг, демонстрация, шествие или пикетирование, проводимые в публичном месте",
    ],
    ["религиозное объединение", "добровольное объединение граждан, созданное в целях совместного исповедания веры"],
    ["средство массовой информации", "периодическое печатное издание, теле-, радиоканал или сетевое издание"],
  ],
  hereinafter: ["(далее – {T})", "(далее - {T})"],
  hereTerms: ["Реестр", "Комиссия", "Уполномоченный", "Программа", "Фонд"],
  articleTitles: [
    "Сфера действия настоящего Закона",
    "Основные понятия, используемые в настоящем Законе",
    "Свобода выражения мнений",
    "Право на мирные собрания",
    "Защита персональных данных",
    "Равенство перед законом",
    "Доступ к правосудию",
    "Свобода совести",
    "Компетенция уполномоченного органа",
    "Права лиц с инвалидностью",
    "Государственные гарантии",
    "Ответственность за нарушение законодательства Республики",
    "Порядок рассмотрения жалоб",
    "Ограничение прав и свобод",
  ],
  chapterTitles: [
    "Общие положения",
    "Права и свободы человека и гражданина",
    "Государственное регулирование",
    "Гарантии защиты прав",
    "Заключительные и переходные положения",
    "Международное сотрудничество",
  ],
  sectionTitles: ["ОБЩИЕ ПОЛОЖЕНИЯ", "ЧЕЛОВЕК И ГРАЖДАНИН", "ГОСУДАРСТВО И ЕГО ОРГАНЫ", "ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ"],
  section: (n) => `Раздел ${roman(n)}`,
  chapter: (n, t) => `Глава ${n}. ${t}`,
  article: (n, t) => `Статья ${n}. ${t}`,
  deletedArticle: (n, law) => `Статья ${n}. Исключена Законом Республики Казахстан ${law}.`,
  deletedParagraph: (n, law) => `${n}. Исключен Законом Республики Казахстан ${law}.`,
  note: (n, law) =>
    `Сноска. Статья ${n} с изменениями, внесенными Законом Республики Казахстан ${law} (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).`,
  law: (d, no) => `от ${d} № ${no}`,
  comment: [
    "<!-- примечание разработчика: сверить со статьей {a} -->",
    "<!-- TODO(комитет): согласовать редакцию пункта {p} -->",
    "<!-- rightslint-disable-next-line restriction-without-ground -- обосновано статьей {a} -->",
  ],
};

const KK = {
  subjects: [
    ["Әркім", false],
    ["Республика азаматы", false],
    ["Мүгедектігі бар адам", false],
    ["Уәкілетті орган", false],
    ["Жергілікті атқарушы органдар", true],
    ["Дербес деректер операторы", false],
    ["Сот", false],
    ["Мемлекеттік органдар мен лауазымды адамдар", true],
    ["Қоғамдық бірлестіктер", true],
    ["Алматы шаһарының жергілікті атқарушы органы", false],
    ["Жұмыс беруші", false],
    ["Адам құқықтары жөніндегі уәкіл", false],
  ],
  predicates: [
    ["{c} {o} қамтамасыз етеді", "{c} {o} қамтамасыз етеді"],
    ["{c} {o} құрметтеуге міндетті", "{c} {o} құрметтеуге міндетті"],
    ["{c} {o} қорғау жөнінде шаралар қабылдайды", "{c} {o} қорғау жөнінде шаралар қабылдайды"],
    ["{c} {o} шектеуге құқылы емес", "{c} {o} шектеуге құқылы емес"],
    ["{c} {o} жүзеге асырады", "{c} {o} жүзеге асырады"],
    ["{c} {o} туралы мәліметтерді жариялайды", "{c} {o} туралы мәліметтерді жариялайды"],
  ],
  objects: [
    "сөз бостандығын",
    "дербес деректерді қорғауды",
    "қоғамдық ақпаратқа қол жеткізуді",
    "заң мен сот алдындағы теңдікті",
    "қарусыз бейбіт жиналыстарды",
    "тұрғын үйге қол сұғылмаушылықты",
    "білікті заң көмегін",
    "істің ақылға қонымды мерзімде әділ әрі жария қаралуын",
    "хат-хабар мен телефон арқылы сөйлесу құпиясын",
    "мемлекеттік оқу орындарында тегін орта білім алуды",
    "жасына байланысты және науқастанған жағдайда әлеуметтік қамсыздандыруды",
    "мемлекет істерін басқаруға қатысуды",
    "ар-ождан бостандығын",
    "ана тілі мен мәдениетін пайдалануды",
  ],
  conditions: [
    "заңда көзделген жағдайларды қоспағанда,",
    "Республика Үкіметі белгілеген тәртіппен",
    "өтініш келіп түскен күннен бастап он жұмыс күні ішінде",
    "сот шешімінің негізінде",
    "егер осы Заңның {a}-бабының {p}-тармағында өзгеше көзделмесе,",
    "осы баптың {p}-тармағының {sp}) тармақшасына сәйкес",
    "осы Заңның {a}-бабында белгіленген шектеулер ескеріле отырып,",
    "тегіне, әлеуметтік, лауазымдық және мүліктік жағдайына, жынысына, нәсіліне, ұлтына, тіліне, дінге көзқарасына, нанымына, тұрғылықты жеріне байланысты ешқандай кемсітусіз",
    "конституциялық құрылысты, қоғамдық тәртіпті, адамның құқықтары мен бостандықтарын, халықтың денсаулығы мен имандылығын қорғау мақсатында қажетті шамада",
    "осы Заңның {a} және {a2}-баптарында көрсетілген жағдайларда",
  ],
  extra: [
    "Мұндай шектеулер көзделген мақсатқа мөлшерлес болуға тиіс.",
    "Бұл құқықты іске асыру тәртібін Республика Үкіметі айқындайды.",
    "Осы тармаққа сәйкес қабылданған шешімге сотқа шағым жасалуы мүмкін.",
    "Ешкімді өз пікірі мен нанымын білдіруге немесе олардан бас тартуға мәжбүрлеуге болмайды.",
    "Ол үшін қажетті құжаттардың тізбесін уәкілетті орган бекітеді.",
    "Қабылданған шаралар туралы мәліметтер уәкілетті органның ресми интернет-ресурсында орналастырылады.",
  ],
  pointVerbs: [
    "{c} {o} қамтамасыз етеді",
    "{o} қамтамасыз ететін қағидаларды әзірлейді және бекітеді",
    "{o} сақтауды мемлекеттік бақылауды жүзеге асырады",
    "{c} {o} бұзу туралы шағымдарды қарайды",
    "{o} сақтау туралы Үкіметке жыл сайын баяндама ұсынады",
    "{o} қозғайтын мәселелер бойынша халықаралық ұйымдармен ынтымақтасады",
  ],
  pointIntro: [
    "Уәкілетті орган:",
    "Жергілікті атқарушы органдар өз құзыреті шегінде:",
    "Адам құқықтары жөніндегі уәкіл:",
    "Дербес деректер операторы:",
  ],
  defIntro: "Осы Заңда мынадай негізгі ұғымдар пайдаланылады:",
  terms: [
    ["дербес деректер", "белгілі бір немесе айқындалатын субъектіге жататын мәліметтер"],
    [
      "дербес деректерді өңдеу",
      "дербес деректерді жинақтауға, сақтауға, өзгертуге, пайдалануға және таратуға бағытталған әрекеттер",
    ],
    ["уәкілетті орган", "адам құқықтарын қорғау саласында басшылықты жүзеге асыратын орталық атқарушы орган"],
    ["бейбіт жиын", "қоғамдық орында өткізілетін жиналыс, митинг, демонстрация, шеру немесе пикет"],
    ["діни бірлестік", "дінді бірлесіп ұстану мақсатында құрылған азаматтардың ерікті бірлестігі"],
    ["бұқаралық ақпарат құралы", "мерзімді баспасөз басылымы, теле-, радиоарна немесе желілік басылым"],
  ],
  hereinafter: ["(бұдан әрі – {T})", "(бұдан әрі - {T})"],
  hereTerms: ["Тізілім", "Комиссия", "Уәкіл", "Бағдарлама", "Қор"],
  articleTitles: [
    "Осы Заңның қолданылу саласы",
    "Осы Заңда пайдаланылатын негізгі ұғымдар",
    "Пікір білдіру бостандығы",
    "Бейбіт жиналыстар құқығы",
    "Дербес деректерді қорғау",
    "Заң алдындағы теңдік",
    "Сот төрелігіне қол жеткізу",
    "Ар-ождан бостандығы",
    "Уәкілетті органның құзыреті",
    "Мүгедектігі бар адамдардың құқықтары",
    "Мемлекеттік кепілдіктер",
    "Республика заңнамасын бұзғаны үшін жауаптылық",
    "Шағымдарды қарау тәртібі",
    "Құқықтар мен бостандықтарды шектеу",
  ],
  chapterTitles: [
    "Жалпы ережелер",
    "Адам мен азаматтың құқықтары мен бостандықтары",
    "Мемлекеттік реттеу",
    "Құқықтарды қорғау кепілдіктері",
    "Қорытынды және өтпелі ережелер",
    "Халықаралық ынтымақтастық",
  ],
  sectionTitles: ["ЖАЛПЫ ЕРЕЖЕЛЕР", "АДАМ ЖӘНЕ АЗАМАТ", "МЕМЛЕКЕТ ЖӘНЕ ОНЫҢ ОРГАНДАРЫ", "ҚОРЫТЫНДЫ ЕРЕЖЕЛЕР"],
  section: (n) => `${roman(n)} бөлім`,
  chapter: (n, t) => `${n}-тарау. ${t}`,
  article: (n, t) => `${n}-бап. ${t}`,
  deletedArticle: (n) => `${n}-бап. Алып тасталды.`,
  deletedParagraph: (n, law) => `${n}. Алып тасталды - ҚР ${law} Заңымен.`,
  note: (n, law) =>
    `Ескерту. ${n}-бапқа өзгеріс енгізілді - ҚР ${law} Заңымен (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі).`,
  law: (d, no) => `${d} № ${no}`,
  comment: [
    "<!-- әзірлеушінің ескертпесі: {a}-баппен салыстыру қажет -->",
    "<!-- TODO(комитет): {p}-тармақтың редакциясын келісу -->",
    "<!-- rightslint-disable-next-line restriction-without-ground -- {a}-баппен негізделген -->",
  ],
};

const LANGS = { en: EN, ru: RU, kk: KK };

// ---------------------------------------------------------------------------------------------

class BillWriter {
  constructor(targetBytes, seed) {
    this.target = targetBytes;
    this.rand = prng(seed);
    this.seed = seed;
    this.chunks = [];
    this.bytes = 0;
    this.section = 0;
    this.chapter = 0;
    this.article = 0;
    this.inserted = false;
  }

  int(lo, hi) {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  chance(p) {
    return this.rand() < p;
  }

  pick(list) {
    return list[Math.floor(this.rand() * list.length)];
  }

  line(s = "") {
    const t = `${s}\n`;
    this.chunks.push(t);
    this.bytes += Buffer.byteLength(t, "utf8");
  }

  /** Writes a provision: either one long line or hard-wrapped at 70-100 columns. */
  wrapped(text) {
    if (text.length < 110 || !this.chance(0.35)) {
      this.line(text);
      return;
    }
    const width = this.int(70, 100);
    let rest = text;
    while (rest.length > width) {
      // Never start a continuation line with something that reads as an enumerator or heading.
      let cut = rest.lastIndexOf(" ", width);
      while (cut > 0 && UNSAFE_LINE_START.test(rest.slice(cut + 1, cut + 12))) cut = rest.lastIndexOf(" ", cut - 1);
      if (cut <= 0) break;
      this.line(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    this.line(rest);
  }

  fill(template) {
    const a = Math.max(1, this.int(1, Math.max(1, this.article)));
    return template
      .replaceAll("{a2}", String(a + this.int(1, 5)))
      .replaceAll("{a}", String(a))
      .replaceAll("{p}", String(this.int(1, 6)))
      .replaceAll("{sp}", String(this.int(1, 12)));
  }

  lawRef(L) {
    const d = `${String(this.int(1, 28)).padStart(2, "0")}.${String(this.int(1, 12)).padStart(2, "0")}.${this.int(1996, 2026)}`;
    return L.law(d, `${this.int(1, 450)}-${roman(this.int(1, 8))}`);
  }

  condition(L) {
    return this.fill(this.pick(L.conditions));
  }

  sentence(L, lang) {
    const [subject, plural] = this.pick(L.subjects);
    const pred = this.pick(L.predicates)[plural ? 1 : 0];
    let obj = this.pick(L.objects);
    if (this.chance(0.15)) obj += ` ${this.pick(L.hereinafter).replace("{T}", this.pick(L.hereTerms))}`;
    if (lang === "kk") {
      const c = this.chance(0.6) ? this.condition(L) : "";
      return `${subject} ${pred.replace("{c} ", c ? `${c} ` : "").replace("{o}", obj)}.`;
    }
    let s = `${subject} ${pred.replace("{o}", obj)}`;
    if (this.chance(0.6)) s += ` ${this.condition(L)}`;
    return `${s}.`;
  }

  provisionText(L, lang) {
    let s = this.sentence(L, lang);
    const n = this.chance(0.3) ? this.int(2, 5) : this.int(0, 1);
    for (let i = 0; i < n; i++) s += ` ${this.chance(0.5) ? this.pick(L.extra) : this.sentence(L, lang)}`;
    return s;
  }

  pointText(L, lang) {
    const verb = this.pick(L.pointVerbs);
    const c = this.chance(0.5) ? this.condition(L) : "";
    let s = verb.replace("{o}", this.pick(L.objects));
    s = lang === "kk" ? s.replace("{c} ", c ? `${c} ` : "") : s.replace(" {c}", c ? ` ${c}` : "");
    return s;
  }

  /** A list of points `1)` (with an occasional inserted `10-1)`) and nested sub-points. */
  points(L, lang, count, defs) {
    for (let i = 1; i <= count; i++) {
      const last = i === count;
      const end = last ? "." : ";";
      if (defs) {
        const [term, def] = L.terms[(i - 1) % L.terms.length];
        this.wrapped(lang === "en" ? `${i}) "${term}" means ${def}${end}` : `${i}) ${term} – ${def}${end}`);
      } else if (this.chance(0.15)) {
        this.line(`${i}) ${this.pointText(L, lang)}:`);
        this.subpoints(L, lang, last);
      } else {
        this.wrapped(`${i}) ${this.pointText(L, lang)}${end}`);
      }
      if (i >= 10 && !last && this.chance(0.4)) this.wrapped(`${i}-1) ${this.pointText(L, lang)};`);
    }
  }

  subpoints(L, lang, lastOfParent) {
    const n = this.int(2, 5);
    for (let j = 0; j < n; j++) {
      const end = j === n - 1 ? (lastOfParent ? "." : ";") : ";";
      const label = lang === "en" ? `(${ALPHA_EN[j]})` : `${ALPHA_CYR[j]})`;
      if (lang === "en" && j === 0 && this.chance(0.3)) {
        this.line(`${label} ${this.pointText(L, lang)}:`);
        const m = this.int(2, 5);
        for (let k = 1; k <= m; k++) this.wrapped(`(${roman(k).toLowerCase()}) ${this.pointText(L, lang)};`);
      } else {
        this.wrapped(`${label} ${this.pointText(L, lang)}${end}`);
      }
    }
  }

  articleBlock(L, lang, md) {
    this.article++;
    let num = String(this.article);
    // An inserted article (`7-1`) reuses the previous number with a suffix.
    if (this.article > 2 && !this.inserted && this.chance(0.06)) {
      this.article--;
      num = `${this.article}-1`;
      this.inserted = true;
    } else {
      this.inserted = false;
    }
    const heading = L.article(num, this.pick(L.articleTitles));
    if (this.chance(0.03)) {
      this.line(L.deletedArticle(num, this.lawRef(L)));
      this.line();
      return;
    }
    this.line(md ? `### ${heading}` : heading);
    // Kazakh and Russian consolidated texts put the note right under the heading.
    const note = this.chance(0.25) ? L.note(num, this.lawRef(L)) : null;
    if (note && lang !== "en") this.wrapped(note);
    if (md || this.chance(0.5)) this.line();

    if (this.chance(0.08)) {
      this.line(L.defIntro);
      this.points(L, lang, this.int(3, 6), true);
    } else {
      const paras = this.chance(0.1) ? 1 : this.int(2, 6);
      for (let p = 1; p <= paras; p++) {
        if (paras === 1) {
          this.wrapped(this.provisionText(L, lang));
        } else if (this.chance(0.04)) {
          this.line(L.deletedParagraph(p, this.lawRef(L)));
        } else if (this.chance(0.2)) {
          this.line(`${p}. ${this.pick(L.pointIntro)}`);
          if (lang === "en" && this.chance(0.4)) this.subpoints(L, lang, true);
          else this.points(L, lang, this.chance(0.1) ? this.int(10, 13) : this.int(2, 6), false);
        } else {
          this.wrapped(`${p}. ${this.provisionText(L, lang)}`);
        }
        if (p < paras && this.chance(0.05)) this.wrapped(`${p}-1. ${this.provisionText(L, lang)}`);
        if (this.chance(0.04)) this.line(this.fill(this.pick(L.comment)));
      }
    }
    if (note && lang === "en") this.wrapped(note);
    this.line();
  }

  chapterBlock(L, lang, md) {
    this.chapter++;
    const heading = L.chapter(this.chapter, this.pick(L.chapterTitles));
    this.line(md ? `## ${heading}` : heading);
    this.line();
    if (this.chance(0.2)) {
      this.line(`<!--\n${this.fill(this.pick(L.comment)).slice(5, -4).trim()}\n-->`);
      this.line();
    }
    const n = this.int(3, 8);
    for (let i = 0; i < n && this.bytes < this.target; i++) this.articleBlock(L, lang, md);
  }

  sectionBlock() {
    this.section++;
    const lang = this.pick(["en", "ru", "kk"]);
    const L = LANGS[lang];
    const md = this.chance(0.3);
    const title = this.pick(L.sectionTitles);
    if (md) this.line(`# ${L.section(this.section)}. ${title}`);
    else {
      this.line(L.section(this.section));
      this.line(title);
    }
    this.line();
    const n = this.int(2, 5);
    for (let i = 0; i < n && this.bytes < this.target; i++) this.chapterBlock(L, lang, md);
  }

  generate() {
    this.line("# DRAFT LAW OF THE REPUBLIC OF KAZAKHSTAN ON THE PROTECTION OF HUMAN RIGHTS");
    this.line("# ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АДАМ ҚҰҚЫҚТАРЫН ҚОРҒАУ ТУРАЛЫ ЗАҢЫНЫҢ ЖОБАСЫ");
    this.line();
    this.line(
      `<!-- generated by bench/gen-bill.mjs (seed ${this.seed}, target ${this.target} bytes); synthetic text -->`,
    );
    this.line();
    this.wrapped(
      "This Law regulates public relations in the sphere of the protection of human and civil rights and freedoms and determines the guarantees of their exercise.",
    );
    this.wrapped(
      "Настоящий Закон регулирует общественные отношения в сфере защиты прав и свобод человека и гражданина и определяет гарантии их реализации.",
    );
    this.wrapped(
      "Осы Заң адам мен азаматтың құқықтары мен бостандықтарын қорғау саласындағы қоғамдық қатынастарды реттейді және оларды іске асыру кепілдіктерін айқындайды.",
    );
    this.line();
    while (this.bytes < this.target) this.sectionBlock();
    return this.chunks.join("");
  }
}

/**
 * Returns a deterministic multilingual bill of at least `targetBytes` UTF-8 bytes.
 * @param {number} targetBytes
 * @param {number} [seed=1]
 * @returns {string}
 */
export function generateBill(targetBytes, seed = 1) {
  return new BillWriter(Math.max(0, Math.floor(targetBytes)), Math.floor(seed)).generate();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const mb = Number(process.argv[2] ?? 10);
  const seed = Number(process.argv[3] ?? 1);
  if (!Number.isFinite(mb) || mb < 0 || !Number.isFinite(seed)) {
    process.stderr.write("usage: node bench/gen-bill.mjs [megabytes=10] [seed=1] > bill.md\n");
    process.exit(2);
  }
  const text = generateBill(mb * 1e6, seed);
  process.stdout.write(text);
}

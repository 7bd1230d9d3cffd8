/**
 * The words of the attestation forms and decisions, as the Attestation Rules (Decree No. 490,
 * seed 003) write them in Kazakh, with the Russian the HR units use alongside them and English for
 * the CLI's JSON readers. The Kazakh is the seed's text; change it only with the seed.
 */
import type { Lang } from "./labels";

type Words = Readonly<Record<Lang, string>>;

/** Attestation Rules §15: the five decisions, written out. */
export const ATTESTATION_DECISION_WORDS: Readonly<Record<1 | 2 | 3 | 4 | 5, Words>> = {
  1: {
    kk: "атқаратын лауазымына сәйкес келеді және кадр резервіне қабылдауға немесе жоғары тұрған лауазымға жылжытуға ұсынылады",
    ru: "соответствует занимаемой должности и рекомендуется к зачислению в кадровый резерв или к продвижению на вышестоящую должность",
    en: "fits the position; recommended for the personnel reserve or promotion to a higher position",
  },
  2: {
    kk: "атқаратын лауазымына сәйкес келеді",
    ru: "соответствует занимаемой должности",
    en: "fits the position",
  },
  3: {
    kk: "атқаратын лауазымына сәйкес келмейді және лауазымын төмендету ұсынылады",
    ru: "не соответствует занимаемой должности, рекомендуется понижение в должности",
    en: "does not fit the position; demotion recommended",
  },
  4: {
    kk: "атқаратын лауазымына сәйкес келмейді және басқа қызметке (лауазымға) ауыстыру ұсынылады",
    ru: "не соответствует занимаемой должности, рекомендуется перевод на другую службу (должность)",
    en: "does not fit the position; transfer to another service (position) recommended",
  },
  5: {
    kk: "атқаратын лауазымына сәйкес келмейді және ішкі істер органдарынан жұмыстан шығару ұсынылады",
    ru: "не соответствует занимаемой должности, рекомендуется увольнение из органов внутренних дел",
    en: "does not fit the position; dismissal from the internal affairs bodies recommended",
  },
};

/** Attestation Rules Appendix 3: the attestation sheet, fields 1–8 and the signature block. */
export const APPENDIX_3 = {
  appendix: { kk: "3-ҚОСЫМША", ru: "Приложение 3", en: "Appendix 3" },
  title: {
    kk: "Кезектен тыс аттестаттауға жататын қызметкерді аттестаттау парағы",
    ru: "Аттестационный лист сотрудника, подлежащего внеочередной аттестации",
    en: "Attestation sheet of an officer subject to extraordinary attestation",
  },
  fields: [
    { no: 1, kk: "Тегі, аты, әкесінің аты", ru: "Фамилия, имя, отчество", en: "Full name" },
    { no: 2, kk: "Туған күні", ru: "Дата рождения", en: "Date of birth" },
    { no: 3, kk: "Білімі", ru: "Образование", en: "Education" },
    { no: 4, kk: "Мамандығы", ru: "Специальность", en: "Speciality" },
    {
      no: 5,
      kk: "Кезектен тыс аттестаттау кезіндегі атқаратын лауазымы",
      ru: "Занимаемая должность на момент внеочередной аттестации",
      en: "Position held at the extraordinary attestation",
    },
    { no: 6, kk: "Атағы", ru: "Звание", en: "Rank" },
    { no: 7, kk: "Аттестаттау комиссиясының шешімі", ru: "Решение аттестационной комиссии", en: "Commission decision" },
    { no: 8, kk: "Өзге де мәліметтер", ru: "Иные сведения", en: "Other information" },
  ],
  chair: { kk: "Аттестаттау комиссиясының төрағасы", ru: "Председатель аттестационной комиссии", en: "Chair" },
  secretary: { kk: "Аттестаттау комиссиясының хатшысы", ru: "Секретарь аттестационной комиссии", en: "Secretary" },
  signature: { kk: "(қолы)", ru: "(подпись)", en: "(signature)" },
  date: {
    kk: "Кезектен тыс аттестаттаудан өту күні",
    ru: "Дата прохождения внеочередной аттестации",
    en: "Date of attestation",
  },
  acknowledged: {
    kk: "Аттестаттау парағымен таныстым",
    ru: "С аттестационным листом ознакомлен(а)",
    en: "I have read the attestation sheet",
  },
  officerSignature: {
    kk: "(қызметкердің қолы және күні)",
    ru: "(подпись сотрудника и дата)",
    en: "(officer's signature and date)",
  },
  seal: { kk: "МО", ru: "М.П.", en: "Seal" },
} as const;

/** Attestation Rules Appendix 2: the service characteristic, header fields, six sections, signature. */
export const APPENDIX_2 = {
  appendix: { kk: "2-ҚОСЫМША", ru: "Приложение 2", en: "Appendix 2" },
  title: {
    kk: "Кезектен тыс аттестаттауға жататын қызметкердің қызметтік мінездемесі",
    ru: "Служебная характеристика сотрудника, подлежащего внеочередной аттестации",
    en: "Service characteristic of an officer subject to extraordinary attestation",
  },
  header: {
    fullName: { kk: "Қызметкердің Т.А.Ә.", ru: "Ф.И.О. сотрудника", en: "Officer's full name" },
    position: { kk: "Лауазымы", ru: "Должность", en: "Position" },
    appointmentDate: { kk: "Тағайындалған күні", ru: "Дата назначения", en: "Appointment date" },
    rank: { kk: "Атағы", ru: "Звание", en: "Rank" },
  },
  sections: [
    {
      kk: "1. Лауазымдық міндеттерін орындауы (қызметкер шешуге қатысқан негізгі мәселелердің тізбесі келтіріледі; қызметтік міндеттерін орындаудың тиімділігі мен адалдығы, шығармашылық бастамашылығы, азаматтармен жұмысы және т.б. бағаланады).",
      ru: "1. Исполнение должностных обязанностей (перечень основных вопросов, в решении которых участвовал сотрудник; оцениваются эффективность и добросовестность исполнения служебных обязанностей, творческая инициатива, работа с гражданами и т.д.).",
      en: "1. Performance of duties (main matters the officer worked on; effectiveness and integrity, initiative, work with citizens, etc.).",
    },
    {
      kk: "2. Мемлекеттік органның қызметі саласындағы стратегиялық және бағдарламалық құжаттарды білуі, кәсіптік білімін қолдануы, сондай-ақ егер лауазымдық міндеттеріне кірсе, коммуникациялық және ақпараттық технологияларды қолдануы (стратегиялық және бағдарламалық құжаттарды білуі, кәсіптік білімінің, коммуникациялық және ақпараттық технологияларды білуінің деңгейі, оларды жұмыста қолдануы және т.б. сипатталады).",
      ru: "2. Знание стратегических и программных документов в сфере деятельности государственного органа, применение профессиональных знаний, а также, если входит в должностные обязанности, информационно-коммуникационных технологий (описываются уровень знаний и их применение в работе и т.д.).",
      en: "2. Knowledge of the body's strategic and programme documents, professional knowledge and, where the duties include it, ICT (level of knowledge and its use at work, etc.).",
    },
    {
      kk: "3. Заңдылықты, оның ішінде сыбайлас жемқорлыққа қарсы заңнаманы, Құқық қорғау органдары қызметкерлерінің әдеп кодексін, сондай-ақ еңбек тәртібін, ішкі қызметтік тәртіптемені сақтауы (тәртіптік жазалары, заңдылықты, оның ішінде сыбайлас жемқорлыққа қарсы заңнаманы сақтауы туралы мәліметтер және т.б. көрсетіледі).",
      ru: "3. Соблюдение законности, в том числе антикоррупционного законодательства, Кодекса этики сотрудников правоохранительных органов, трудовой дисциплины и внутреннего служебного распорядка (указываются дисциплинарные взыскания, сведения о соблюдении законности и т.д.).",
      en: "3. Compliance with the law, incl. anti-corruption law, the law-enforcement code of ethics, labour discipline and internal rules (disciplinary penalties, etc.).",
    },
    {
      kk: "4. Жеке қасиеттері (қызметкердің жеке қасиеттері: адамдармен тіл табысуы, азаматтармен жұмыс істеу қабілеті, психологиялық орнықтылығы, өзін-өзі жетілдіру қабілеті, көшбасшылығы және т.б. сипатталады).",
      ru: "4. Личные качества (коммуникабельность, умение работать с гражданами, психологическая устойчивость, способность к самосовершенствованию, лидерство и т.д.).",
      en: "4. Personal qualities (communication, work with citizens, psychological resilience, self-improvement, leadership, etc.).",
    },
    {
      kk: "5. Аттестатталатын адам басқаратын бөлімше не ол жетекшілік ететін бөлімше жұмысының нәтижесі, оның ішінде сыбайлас жемқорлық көріністеріне қарсы іс-қимылдың жай-күйі туралы мәліметтер.*",
      ru: "5. Результаты работы подразделения, которым руководит или которое курирует аттестуемый, в том числе сведения о состоянии противодействия коррупционным проявлениям.*",
      en: "5. Results of the unit the officer heads or supervises, incl. the state of anti-corruption work.*",
    },
    {
      kk: "6. Қызметкер жұмысының қорытынды бағасы (тікелей басшының қызметкер туралы пікірі көрсетіледі: атқаратын лауазымына сәйкес келеді не сәйкес келмейді, жоғары немесе төмен лауазымға ұсынылуы мүмкін).",
      ru: "6. Итоговая оценка работы сотрудника (мнение непосредственного руководителя: соответствует или не соответствует занимаемой должности, может быть рекомендован на вышестоящую или нижестоящую должность).",
      en: "6. Overall assessment (the direct supervisor's opinion: fits or does not fit the position; may be recommended for a higher or lower position).",
    },
  ],
  supervisor: {
    fullName: { kk: "Басшының Т.А.Ә.", ru: "Ф.И.О. руководителя", en: "Supervisor's full name" },
    position: { kk: "Лауазымы", ru: "Должность", en: "Position" },
    rank: { kk: "Атағы", ru: "Звание", en: "Rank" },
    date: { kk: "Күні", ru: "Дата", en: "Date" },
  },
  seal: { kk: "МО", ru: "М.П.", en: "Seal" },
  note: {
    kk: "* – бұл талап басшылық лауазымды атқаратын адамдарға қолданылады.",
    ru: "* – требование применяется к лицам, занимающим руководящие должности.",
    en: "* – applies to officers in leadership positions.",
  },
} as const;

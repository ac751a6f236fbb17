"""Organisations (snippets): hosts, co-organisers and partners of the Dushanbe Process."""

ORGANISATIONS = [
    {
        "key": "gov-tj",
        "name": {
            "en": "Government of the Republic of Tajikistan",
            "ru": "Правительство Республики Таджикистан",
            "tg": "Ҳукумати Ҷумҳурии Тоҷикистон",
            "ar": "حكومة جمهورية طاجيكستان",
        },
        "acronym": {"en": "", "ru": ""},
        "website": "https://www.president.tj/",
    },
    {
        "key": "mfa-tj",
        "name": {
            "en": "Ministry of Foreign Affairs of the Republic of Tajikistan",
            "ru": "Министерство иностранных дел Республики Таджикистан",
            "tg": "Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон",
            "ar": "وزارة خارجية جمهورية طاجيكستان",
        },
        "acronym": {"en": "MFA", "ru": "МИД", "tg": "ВКХ"},
        "website": "https://mfa.tj/",
    },
    {
        "key": "un",
        "name": {
            "en": "United Nations",
            "ru": "Организация Объединенных Наций",
            "tg": "Созмони Милали Муттаҳид",
            "ar": "الأمم المتحدة",
        },
        "acronym": {"en": "UN", "ru": "ООН", "tg": "СММ"},
        "website": "https://www.un.org/",
    },
    {
        "key": "unoct",
        "name": {
            "en": "United Nations Office of Counter-Terrorism",
            "ru": "Контртеррористическое управление Организации Объединенных Наций",
            "tg": "Идораи Созмони Милали Муттаҳид оид ба муқовимат ба терроризм",
            "ar": "مكتب الأمم المتحدة لمكافحة الإرهاب",
        },
        "acronym": {"en": "UNOCT", "ru": "КТУ ООН"},
        "website": "https://www.un.org/counterterrorism/",
    },
    {
        "key": "unrcca",
        "name": {
            "en": "United Nations Regional Centre for Preventive Diplomacy for Central Asia",
            "ru": "Региональный центр Организации Объединенных Наций по превентивной дипломатии для Центральной Азии",
            "tg": "Маркази минтақавии Созмони Милали Муттаҳид оид ба дипломатияи пешгирикунанда барои Осиёи Марказӣ",
            "ar": "مركز الأمم المتحدة الإقليمي للدبلوماسية الوقائية لآسيا الوسطى",
        },
        "acronym": {"en": "UNRCCA", "ru": "РЦПДЦА ООН"},
        "website": "https://unrcca.unmissions.org/",
    },
    {
        "key": "osce",
        "name": {
            "en": "Organization for Security and Co-operation in Europe",
            "ru": "Организация по безопасности и сотрудничеству в Европе",
            "tg": "Созмони амният ва ҳамкорӣ дар Аврупо",
            "ar": "منظمة الأمن والتعاون في أوروبا",
        },
        "acronym": {"en": "OSCE", "ru": "ОБСЕ", "tg": "САҲА"},
        "website": "https://www.osce.org/",
    },
    {
        "key": "eu",
        "name": {
            "en": "European Union",
            "ru": "Европейский союз",
            "tg": "Иттиҳоди Аврупо",
            "ar": "الاتحاد الأوروبي",
        },
        "acronym": {"en": "EU", "ru": "ЕС", "tg": "ИА"},
        "website": "https://european-union.europa.eu/",
    },
    {
        "key": "ksa",
        "name": {
            "en": "Kingdom of Saudi Arabia",
            "ru": "Королевство Саудовская Аравия",
            "tg": "Подшоҳии Арабистони Саудӣ",
            "ar": "المملكة العربية السعودية",
        },
        "acronym": {"en": "", "ru": ""},
        "website": "https://www.my.gov.sa/",
    },
    {
        "key": "qatar",
        "name": {
            "en": "State of Qatar",
            "ru": "Государство Катар",
            "tg": "Давлати Қатар",
            "ar": "دولة قطر",
        },
        "acronym": {"en": "", "ru": ""},
        "website": "https://hukoomi.gov.qa/",
    },
    {
        "key": "interpol",
        "name": {
            "en": "INTERPOL",
            "ru": "Интерпол",
            "tg": "ИНТЕРПОЛ",
            "ar": "الإنتربول",
        },
        "acronym": {"en": "INTERPOL", "ru": "Интерпол", "tg": "ИНТЕРПОЛ", "ar": "الإنتربول"},
        "website": "https://www.interpol.int/",
    },
    {
        "key": "hedayah",
        "name": {
            "en": "Hedayah Center",
            "ru": "Центр «Хедайя»",
            "tg": "Маркази «Ҳедая»",
            "ar": "مركز هداية",
        },
        "acronym": {"en": "", "ru": ""},
        "website": "https://hedayah.com/",
    },
    {
        "key": "cted",
        "name": {
            "en": "Counter-Terrorism Committee Executive Directorate",
            "ru": "Исполнительный директорат Контртеррористического комитета",
            "tg": "Раёсати иҷроияи Кумитаи зидди терроризм",
            "ar": "المديرية التنفيذية للجنة مكافحة الإرهاب",
        },
        "acronym": {"en": "CTED", "ru": "ИДКТК"},
        "website": "https://www.un.org/securitycouncil/ctc/",
    },
    {
        "key": "fatf",
        "name": {
            "en": "Financial Action Task Force",
            "ru": "Группа разработки финансовых мер борьбы с отмыванием денег",
            "tg": "Гурӯҳи коркарди чораҳои молиявӣ оид ба мубориза бо қонунигардонии даромадҳо",
            "ar": "مجموعة العمل المالي",
        },
        "acronym": {"en": "FATF", "ru": "ФАТФ", "tg": "ФАТФ", "ar": "فاتف"},
        "website": "https://www.fatf-gafi.org/",
    },
]

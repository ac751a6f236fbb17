"""Events: the three high-level international conferences of the Dushanbe Process."""

from .shared_texts import DUSHANBE_PROCESS_HISTORY, THEME_2022

EVENTS = [
    {
        "slug": "2018",
        "title": {
            "en": "High-Level International Conference 2018",
            "ru": "Международная конференция высокого уровня 2018",
            "tg": "Конференсияи байналмилалии сатҳи баланд 2018",
            "ar": "المؤتمر الدولي الرفيع المستوى 2018",
        },
        "subtitle": {
            "en": "Countering Terrorism and Preventing Violent Extremism",
            "ru": "Противодействие терроризму и предупреждение насильственного экстремизма",
            "tg": "Муқовимат ба терроризм ва пешгирии ифротгароии хушунатомез",
            "ar": "مكافحة الإرهاب ومنع التطرف العنيف",
        },
        "start_date": "2018-05-03",
        "end_date": "2018-05-04",
        "venue": None,
        "city": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "summary": {
            "en": (
                "The first High-Level International Conference of the Dushanbe Process, on "
                "“Countering Terrorism and Preventing Violent Extremism”, held in Dushanbe on "
                "3-4 May 2018."
            ),
            "ru": (
                "Первая Международная конференция высокого уровня Душанбинского процесса на тему "
                "«Противодействие терроризму и предупреждение насильственного экстремизма», "
                "состоявшаяся в Душанбе 3–4 мая 2018 года."
            ),
        },
        "body": {
            "en": (
                "<p>The “Dushanbe Process” was launched in May 2018, when the first High-Level "
                "International Conference of the process on “Countering Terrorism and Preventing "
                "Violent Extremism” (Dushanbe, 3-4 May 2018) was jointly convened in partnership "
                "with the Government of the Republic of Tajikistan, UN entities, the OSCE and the "
                "EU.</p>"
                "<p>The conference opened a series of high-level events in Dushanbe to discuss "
                "challenges relevant to preventing violent extremism and countering terrorism and "
                "ways to address them.</p>"
                '<p>The 2019 conference on "International and Regional Cooperation on Countering '
                'Terrorism and its Financing Through Illicit Drug Trafficking and Organized Crime" '
                "was organized as a logical continuation of the Dushanbe High-Level International "
                'Conference on "Countering Terrorism and Preventing Violent Extremism" held in '
                "Dushanbe on 3-4 May 2018.</p>"
            ),
            "ru": (
                "<p>«Душанбинский процесс» был начат в мае 2018 года, когда первая Международная "
                "конференция высокого уровня в рамках процесса на тему «Противодействие терроризму "
                "и предупреждение насильственного экстремизма» (Душанбе, 3–4 мая 2018 года) была "
                "созвана совместно с Правительством Республики Таджикистан, структурами ООН, ОБСЕ "
                "и ЕС.</p>"
                "<p>Конференция открыла серию мероприятий высокого уровня в Душанбе, посвящённых "
                "обсуждению проблем, связанных с предупреждением насильственного экстремизма и "
                "противодействием терроризму, и путей их решения.</p>"
                "<p>Конференция 2019 года на тему «Международное и региональное сотрудничество в "
                "противодействии терроризму и его финансированию за счёт незаконного оборота "
                "наркотиков и организованной преступности» была организована как логическое "
                "продолжение Душанбинской международной конференции высокого уровня "
                "«Противодействие терроризму и предупреждение насильственного экстремизма», "
                "состоявшейся в Душанбе 3–4 мая 2018 года.</p>"
            ),
        },
        "registration_url": "",
        "organisers": [
            ("gov-tj", "host"),
            ("un", "co_organiser"),
            ("osce", "co_organiser"),
            ("eu", "co_organiser"),
        ],
        "featured_speakers": ["voronkov"],
        "outcome_documents": [],
    },
    {
        "slug": "2019",
        "title": {
            "en": "High-Level International Conference 2019",
            "ru": "Международная конференция высокого уровня 2019",
            "tg": "Конференсияи байналмилалии сатҳи баланд 2019",
            "ar": "المؤتمر الدولي الرفيع المستوى 2019",
        },
        "subtitle": {
            "en": (
                "International and Regional Cooperation on Countering Terrorism and its Financing "
                "Through Illicit Drug Trafficking and Organized Crime"
            ),
            "ru": (
                "Международное и региональное сотрудничество в противодействии терроризму и его "
                "финансированию за счёт незаконного оборота наркотиков и организованной преступности"
            ),
            "tg": (
                "Ҳамкории байналмилалӣ ва минтақавӣ оид ба муқовимат ба терроризм ва "
                "маблағгузории он тавассути гардиши ғайриқонунии маводи мухаддир ва ҷинояткории "
                "муташаккил"
            ),
            "ar": (
                "التعاون الدولي والإقليمي في مكافحة الإرهاب وتمويله عن طريق الاتجار غير المشروع "
                "بالمخدرات والجريمة المنظمة"
            ),
        },
        "start_date": "2019-05-16",
        "end_date": "2019-05-17",
        "venue": None,
        "city": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "summary": {
            "en": (
                "A high-level Conference on “International and Regional Cooperation on Countering "
                "Terrorism and its Financing Through Illicit Drug Trafficking and Organized Crime”, "
                "held on 16-17 May 2019 in Dushanbe, which culminated in the adoption of the "
                "Dushanbe Declaration."
            ),
            "ru": (
                "Конференция высокого уровня на тему «Международное и региональное сотрудничество "
                "в противодействии терроризму и его финансированию за счёт незаконного оборота "
                "наркотиков и организованной преступности», состоявшаяся 16–17 мая 2019 года в "
                "Душанбе и завершившаяся принятием Душанбинской декларации."
            ),
        },
        "body": DUSHANBE_PROCESS_HISTORY,
        "registration_url": "",
        "organisers": [
            ("gov-tj", "host"),
            ("unoct", "co_organiser"),
            ("osce", "co_organiser"),
            ("eu", "co_organiser"),
        ],
        "featured_speakers": ["voronkov"],
        "outcome_documents": [
            {
                "key": "dushanbe-declaration-2019",
                "title": {
                    "en": "Dushanbe Declaration",
                    "ru": "Душанбинская декларация",
                    "tg": "Эъломияи Душанбе",
                    "ar": "إعلان دوشنبه",
                },
                "languages": ["en", "ru"],
            },
        ],
    },
    {
        "slug": "2022",
        "title": {
            "en": "High-Level International Conference 2022",
            "ru": "Международная конференция высокого уровня 2022",
            "tg": "Конференсияи байналмилалии сатҳи баланд 2022",
            "ar": "المؤتمر الدولي الرفيع المستوى 2022",
        },
        "subtitle": THEME_2022,
        "start_date": "2022-10-18",
        "end_date": "2022-10-19",
        "venue": "kokhi-somon",
        "city": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "summary": {
            "en": (
                "The High-Level International Conference on “International and Regional Border "
                "Security and Management Cooperation to Counter Terrorism and Prevent the Movement "
                "of Terrorists”, 18-19 October 2022, Kokhi Somon, Dushanbe, Tajikistan."
            ),
            "ru": (
                "Международная конференция высокого уровня «Международное и региональное "
                "сотрудничество в области безопасности и управления границами для противодействия "
                "терроризму и предотвращения передвижения террористов», 18–19 октября 2022 года, "
                "Кохи Сомон, Душанбе, Таджикистан."
            ),
            "ar": (
                "المؤتمر الدولي الرفيع المستوى بشأن «التعاون الدولي والإقليمي في مجال أمن الحدود "
                "وإدارتها لمكافحة الإرهاب ومنع تنقل الإرهابيين»، 18-19 تشرين الأول/أكتوبر 2022، "
                "كاخي سومون، دوشنبه، طاجيكستان."
            ),
        },
        "body": {
            "en": (
                "<p>The High-Level International Conference on “International and Regional Border "
                "Security and Management Cooperation to Counter Terrorism and Prevent the Movement "
                "of Terrorists”.</p>"
                "<p>This two-day conference is co-organized by the Government of the Republic of "
                "Tajikistan, the United Nations Office of Counter-Terrorism (UNOCT), the United "
                "Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA), the "
                "Organization for Security and Co-operation in Europe (OSCE), the European Union "
                "(EU), the Kingdom of Saudi Arabia, and the State of Qatar.</p>"
                "<p>The conference is aimed at promoting bilateral, sub-regional, regional, and "
                "international cooperation to improve border and customs controls in order to "
                "prevent and detect the movement of terrorists, including foreign terrorist "
                "fighters (FTFs), illicit trafficking of small arms and light weapons, conventional "
                "ammunition and explosives, nuclear, chemical, biological or radiological weapons "
                "and materials, and to take measures on border security and management, criminal "
                "justice, and information-sharing in accordance with international humanitarian "
                "law, international human rights law and international refugee law.</p>"
                "<p>More than 800 participants representing Members States, regional "
                "organizations, civil society groups, think-tanks and academia took active part in "
                "exchanging views and ideas. They endorsed the Dushanbe Declaration calling all "
                "interested parties to join efforts to improve border security while promoting "
                "cross-border cooperation.</p>"
            ),
            "ru": (
                "<p>Международная конференция высокого уровня «Международное и региональное "
                "сотрудничество в области безопасности и управления границами для противодействия "
                "терроризму и предотвращения передвижения террористов».</p>"
                "<p>Соорганизаторами этой двухдневной конференции выступают Правительство "
                "Республики Таджикистан, Контртеррористическое управление Организации Объединенных "
                "Наций (КТУ ООН), Региональный центр ООН по превентивной дипломатии для Центральной "
                "Азии (РЦПДЦА ООН), Организация по безопасности и сотрудничеству в Европе (ОБСЕ), "
                "Европейский союз (ЕС), Королевство Саудовская Аравия и Государство Катар.</p>"
                "<p>Цель конференции — содействовать двустороннему, субрегиональному, "
                "региональному и международному сотрудничеству в целях совершенствования "
                "пограничного и таможенного контроля для предотвращения и выявления передвижения "
                "террористов, в том числе иностранных боевиков-террористов (ИБТ), незаконного "
                "оборота стрелкового оружия и лёгких вооружений, обычных боеприпасов и взрывчатых "
                "веществ, ядерного, химического, биологического или радиологического оружия и "
                "материалов, а также принимать меры в области безопасности и управления границами, "
                "уголовного правосудия и обмена информацией в соответствии с международным "
                "гуманитарным правом, международным правом прав человека и международным беженским "
                "правом.</p>"
                "<p>Более 800 участников, представлявших государства-члены, региональные "
                "организации, группы гражданского общества, аналитические центры и академические "
                "круги, приняли активное участие в обмене мнениями и идеями. Они одобрили "
                "Душанбинскую декларацию, призывающую все заинтересованные стороны объединить "
                "усилия для укрепления безопасности границ при одновременном содействии "
                "трансграничному сотрудничеству.</p>"
            ),
        },
        "registration_url": "https://www.dushanbectprocess.org/",
        "organisers": [
            ("gov-tj", "host"),
            ("unoct", "co_organiser"),
            ("unrcca", "co_organiser"),
            ("osce", "co_organiser"),
            ("eu", "co_organiser"),
            ("ksa", "co_organiser"),
            ("qatar", "co_organiser"),
        ],
        "featured_speakers": [
            "hakala",
            "alnuaimi",
            "stock",
            "muhriddin",
            "guterres",
            "voronkov",
            "schmid",
            "kupchyna",
        ],
        "outcome_documents": [
            {
                "key": "dushanbe-declaration-2022",
                "title": {
                    "en": (
                        "Dushanbe Declaration on Border Security and Management Cooperation to "
                        "Counter Terrorism and Prevent the Movement of Terrorists"
                    ),
                    "ru": (
                        "Душанбинская декларация о сотрудничестве в области безопасности и "
                        "управления границами для противодействия терроризму и предотвращения "
                        "передвижения террористов"
                    ),
                    "tg": (
                        "Эъломияи Душанбе оид ба ҳамкорӣ дар соҳаи амният ва идоракунии сарҳад "
                        "барои муқовимат ба терроризм ва пешгирии ҳаракати террористон"
                    ),
                    "ar": (
                        "إعلان دوشنبه بشأن التعاون في مجال أمن الحدود وإدارتها لمكافحة الإرهاب ومنع تنقل الإرهابيين"
                    ),
                },
                "languages": ["en", "ru", "tg", "ar"],
            },
        ],
    },
]

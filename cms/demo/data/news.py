"""News articles and press releases about the Dushanbe Process (English reproduces the seeds)."""

from .shared_texts import DUSHANBE_PROCESS_HISTORY, THIRD_MILESTONE

NEWS = [
    {
        "slug": "unrcca-co-organizes-the-high-level-border-security-conference",
        "title": {
            "en": "UNRCCA CO-ORGANIZES THE HIGH-LEVEL BORDER SECURITY CONFERENCE",
            "ru": "РЦПДЦА ООН ВЫСТУПИЛ СООРГАНИЗАТОРОМ КОНФЕРЕНЦИИ ВЫСОКОГО УРОВНЯ ПО БЕЗОПАСНОСТИ ГРАНИЦ",
            "tg": "МАРКАЗИ МИНТАҚАВИИ СММ ҲАМТАШКИЛКУНАНДАИ КОНФЕРЕНСИЯИ САТҲИ БАЛАНД ОИД БА АМНИЯТИ САРҲАД",
            "ar": "مركز الأمم المتحدة الإقليمي للدبلوماسية الوقائية لآسيا الوسطى يشارك في تنظيم المؤتمر الرفيع المستوى بشأن أمن الحدود",
        },
        "date": "2022-10-20",
        "dateline": {
            "en": "DUSHANBE, Tajikistan",
            "ru": "ДУШАНБЕ, Таджикистан",
            "tg": "ДУШАНБЕ, Тоҷикистон",
            "ar": "دوشنبه، طاجيكستان",
        },
        "summary": {
            "en": (
                "On 18-19 October 2022, UNRCCA and\u00a0the UN Office of Counter-Terrorism\u00a0(UNOCT) "
                "in partnership with\u00a0the Government of the Republic of Tajikistan, the European "
                "Union (EU) and the Organization for Security and Cooperation in Europe (OSCE) "
                "organized the high-level conference “International and Regional Border Security "
                "and Management Cooperation to Counter Terrorism and Prevent the Movement of "
                "Terrorists”."
            ),
            "ru": (
                "18–19 октября 2022 года РЦПДЦА ООН и Контртеррористическое управление ООН (КТУ ООН) "
                "в партнёрстве с Правительством Республики Таджикистан, Европейским союзом (ЕС) и "
                "Организацией по безопасности и сотрудничеству в Европе (ОБСЕ) организовали "
                "конференцию высокого уровня «Международное и региональное сотрудничество в области "
                "безопасности и управления границами для противодействия терроризму и предотвращения "
                "передвижения террористов»."
            ),
        },
        "body": {
            "en": (
                "<p>On 18-19 October 2022, UNRCCA and\u00a0the UN Office of Counter-Terrorism\u00a0"
                "(UNOCT) in partnership with\u00a0the Government of the Republic of Tajikistan, the "
                "European Union (EU) and the Organization for Security and Cooperation in Europe "
                "(OSCE) organized the high-level conference “International and Regional Border "
                "Security and Management Cooperation to Counter Terrorism and Prevent the Movement "
                "of Terrorists”.</p>"
                "<p>The high-level event was conducted under the Dushanbe Process launched in May "
                "2018 to discuss challenges relevant to preventing violent extremism and countering "
                "terrorism and ways to address them.</p>"
                "<p>The conference was aimed at promoting cooperation on border security management "
                "issues outlined in a number of the UN Security Council resolutions calling upon "
                "Member States to promote national, regional and international efforts to improve "
                "border and customs control in order to prevent and detect the movement of "
                "terrorists and the illicit trafficking of weapons, in accordance with international "
                "humanitarian law, international human rights law and international refugee "
                "law.</p>"
                "<p>H.E. Emomali Rahmon, President of Tajikistan, welcomed participants at the "
                "opening session chaired by Vladimir Voronkov, Under-Secretary-General of the UN "
                "Office of Counter-Terrorism. Secretary-General António Guterres addressed the "
                "audience via a video message.</p>"
                "<p>SRSG Natalia Gherman, in her opening remarks, stressed that UNRCCA, as a special "
                "political mission with a regional mandate, brings preventive diplomacy approach to "
                "address border security and management challenges. This is particularly important "
                "taking into consideration that border security starts well before borders and it "
                "is closely linked to political will, trust building and prevention of "
                "radicalization.</p>"
                "<p>Taking into consideration that the conference took place in Tajikistan, "
                "particular attention was paid to the Central Asian region and the situation along "
                "the border with Afghanistan. High level officials from the region shared "
                "information about the efforts of their respective countries to strengthen border "
                "related security, including through repatriation, rehabilitation and reintegration "
                "of foreign terrorist fighters and their family members.</p>"
                "<p>More than 800 participants representing Members States, regional "
                "organizations, civil society groups, think-tanks and academia took active part in "
                "exchanging views and ideas. They endorsed the Dushanbe Declaration calling all "
                "interested parties to join efforts to improve border security while promoting "
                "cross-border cooperation.</p>"
            ),
            "ru": (
                "<p>18–19 октября 2022 года РЦПДЦА ООН и Контртеррористическое управление ООН "
                "(КТУ ООН) в партнёрстве с Правительством Республики Таджикистан, Европейским союзом "
                "(ЕС) и Организацией по безопасности и сотрудничеству в Европе (ОБСЕ) организовали "
                "конференцию высокого уровня «Международное и региональное сотрудничество в области "
                "безопасности и управления границами для противодействия терроризму и "
                "предотвращения передвижения террористов».</p>"
                "<p>Мероприятие высокого уровня было проведено в рамках Душанбинского процесса, "
                "начатого в мае 2018 года для обсуждения проблем, связанных с предупреждением "
                "насильственного экстремизма и противодействием терроризму, и путей их решения.</p>"
                "<p>Конференция была направлена на содействие сотрудничеству по вопросам "
                "безопасности и управления границами, изложенным в ряде резолюций Совета "
                "Безопасности ООН, которые призывают государства-члены содействовать национальным, "
                "региональным и международным усилиям по совершенствованию пограничного и "
                "таможенного контроля в целях предотвращения и выявления передвижения террористов "
                "и незаконного оборота оружия в соответствии с международным гуманитарным правом, "
                "международным правом прав человека и международным беженским правом.</p>"
                "<p>Президент Таджикистана Его Превосходительство Эмомали Рахмон приветствовал "
                "участников на сессии открытия, которую провёл заместитель Генерального секретаря, "
                "глава Контртеррористического управления ООН Владимир Воронков. Генеральный "
                "секретарь Антониу Гутерриш обратился к участникам с видеопосланием.</p>"
                "<p>Специальный представитель Генерального секретаря Наталья Герман в своём "
                "вступительном слове подчеркнула, что РЦПДЦА ООН как специальная политическая "
                "миссия с региональным мандатом привносит подход превентивной дипломатии в решение "
                "проблем безопасности и управления границами. Это особенно важно с учётом того, что "
                "безопасность границ начинается задолго до самих границ и тесно связана с "
                "политической волей, укреплением доверия и предупреждением радикализации.</p>"
                "<p>Поскольку конференция проходила в Таджикистане, особое внимание было уделено "
                "Центральноазиатскому региону и ситуации на границе с Афганистаном. "
                "Высокопоставленные должностные лица из стран региона рассказали об усилиях своих "
                "государств по укреплению безопасности границ, в том числе посредством "
                "репатриации, реабилитации и реинтеграции иностранных боевиков-террористов и членов "
                "их семей.</p>"
                "<p>Более 800 участников, представлявших государства-члены, региональные "
                "организации, группы гражданского общества, аналитические центры и академические "
                "круги, приняли активное участие в обмене мнениями и идеями. Они одобрили "
                "Душанбинскую декларацию, призывающую все заинтересованные стороны объединить "
                "усилия для укрепления безопасности границ при одновременном содействии "
                "трансграничному сотрудничеству.</p>"
            ),
        },
        "tags": ["border security", "UNRCCA"],
        "related_event": "2022",
    },
    {
        "slug": "dushanbe-process-third-milestone",
        "title": {
            "en": "The Dushanbe Process: the third milestone",
            "ru": "Душанбинский процесс: третий этап",
            "tg": "Раванди Душанбе: марҳилаи сеюм",
            "ar": "عملية دوشنبه: المحطة الثالثة",
        },
        "date": "2022-09-01",
        "dateline": {"en": "DUSHANBE", "ru": "ДУШАНБЕ", "tg": "ДУШАНБЕ", "ar": "دوشنبه"},
        "summary": {
            "en": (
                "The planned High-Level International Conference on “International and Regional "
                "Border Security and Management Cooperation to Counter Terrorism and Prevent the "
                "Movement of Terrorists” in Dushanbe, Tajikistan on 18-19 October 2022 is the third "
                "milestone in a series of events within the “Dushanbe Process”."
            ),
            "ru": (
                "Запланированная Международная конференция высокого уровня «Международное и "
                "региональное сотрудничество в области безопасности и управления границами для "
                "противодействия терроризму и предотвращения передвижения террористов», которая "
                "пройдёт в Душанбе (Таджикистан) 18–19 октября 2022 года, станет третьим этапом в "
                "серии мероприятий в рамках «Душанбинского процесса»."
            ),
        },
        "body": {code: DUSHANBE_PROCESS_HISTORY[code] + THIRD_MILESTONE[code] for code in THIRD_MILESTONE},
        "tags": ["Dushanbe Process"],
        "related_event": "2022",
    },
]

PRESS_RELEASES = [
    {
        "slug": "press-release-14-september-2022",
        "title": {
            "en": (
                "International High-Level Conference on Border Security and Management Cooperation "
                "to be held in Dushanbe on 18-19 October 2022"
            ),
            "ru": (
                "Международная конференция высокого уровня по сотрудничеству в области безопасности "
                "и управления границами пройдёт в Душанбе 18–19 октября 2022 года"
            ),
            "tg": (
                "Конференсияи байналмилалии сатҳи баланд оид ба ҳамкорӣ дар соҳаи амният ва "
                "идоракунии сарҳад 18–19 октябри соли 2022 дар Душанбе баргузор мегардад"
            ),
            "ar": (
                "المؤتمر الدولي الرفيع المستوى بشأن التعاون في مجال أمن الحدود وإدارتها يُعقد في "
                "دوشنبه يومي 18 و19 تشرين الأول/أكتوبر 2022"
            ),
        },
        "release_at": "2022-09-14T10:00",
        "dateline": {
            "en": "DUSHANBE/NEW YORK/VIENNA",
            "ru": "ДУШАНБЕ/НЬЮ-ЙОРК/ВЕНА",
            "tg": "ДУШАНБЕ/НЮ-ЙОРК/ВЕНА",
            "ar": "دوشنبه/نيويورك/فيينا",
        },
        "summary": {
            "en": (
                "The International High-Level Conference on “International and Regional Border "
                "Security and Management Cooperation to Counter Terrorism and Prevent the Movement "
                "of Terrorists” will take place in Dushanbe, Tajikistan on 18-19 October 2022."
            ),
            "ru": (
                "Международная конференция высокого уровня «Международное и региональное "
                "сотрудничество в области безопасности и управления границами для противодействия "
                "терроризму и предотвращения передвижения террористов» состоится в Душанбе "
                "(Таджикистан) 18–19 октября 2022 года."
            ),
        },
        "body": {
            "en": (
                "<p>The International High-Level Conference on “International and Regional Border "
                "Security and Management Cooperation to Counter Terrorism and Prevent the Movement "
                "of Terrorists” will take place in Dushanbe, Tajikistan on 18-19 October 2022.</p>"
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
                "<p>This Conference is part of the “Dushanbe Process” launched in May 2018, when "
                "the first High-Level International Conference of the process on “Countering "
                "Terrorism and Preventing Violent Extremism” (Dushanbe, 3-4 May 2018) was jointly "
                "convened in partnership with the Government of the Republic of Tajikistan, UN "
                "entities, the OSCE and the EU. The UNOCT High-Level Conference of the process on "
                "“International and Regional Cooperation on Countering Terrorism and its Financing "
                "Through Illicit Drug Trafficking and Organized Crime” was convened on 16-17 May "
                "2019 in Dushanbe.</p>"
                "<p>The Conference will include a High-Level Opening Session with the participation "
                "of the President of the Republic of Tajikistan, H.E. Mr. Emomali Rahmon, Mr. "
                "Vladimir Voronkov, Under-Secretary-General of UNOCT and a number of Government "
                "Ministers and other senior officials from the region and abroad.</p>"
                "<p>The International High-Level Dushanbe Conference will conclude with the "
                "adoption of the Dushanbe Declaration on Border Security and Management Cooperation "
                "to Counter Terrorism and Prevent the Movement of Terrorists.</p>"
                "<p>Detailed information, as well as the registration link is available on the "
                "official website of the Conference "
                '(<a href="https://www.dushanbectprocess.org/">www.dushanbectprocess.org/</a>).</p>'
            ),
            "ru": (
                "<p>Международная конференция высокого уровня «Международное и региональное "
                "сотрудничество в области безопасности и управления границами для противодействия "
                "терроризму и предотвращения передвижения террористов» состоится в Душанбе "
                "(Таджикистан) 18–19 октября 2022 года.</p>"
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
                "<p>Конференция является частью «Душанбинского процесса», начатого в мае 2018 года, "
                "когда первая Международная конференция высокого уровня в рамках процесса на тему "
                "«Противодействие терроризму и предупреждение насильственного экстремизма» "
                "(Душанбе, 3–4 мая 2018 года) была созвана совместно с Правительством Республики "
                "Таджикистан, структурами ООН, ОБСЕ и ЕС. Конференция высокого уровня КТУ ООН в "
                "рамках процесса на тему «Международное и региональное сотрудничество в "
                "противодействии терроризму и его финансированию за счёт незаконного оборота "
                "наркотиков и организованной преступности» состоялась 16–17 мая 2019 года в "
                "Душанбе.</p>"
                "<p>Программа конференции включает сессию открытия высокого уровня с участием "
                "Президента Республики Таджикистан Его Превосходительства г-на Эмомали Рахмона, "
                "заместителя Генерального секретаря ООН, главы КТУ ООН г-на Владимира Воронкова, а "
                "также ряда министров и других высокопоставленных должностных лиц из стран региона "
                "и из-за его пределов.</p>"
                "<p>Международная конференция высокого уровня в Душанбе завершится принятием "
                "Душанбинской декларации о сотрудничестве в области безопасности и управления "
                "границами для противодействия терроризму и предотвращения передвижения "
                "террористов.</p>"
                "<p>Подробная информация, а также ссылка для регистрации размещены на официальном "
                "сайте конференции "
                '(<a href="https://www.dushanbectprocess.org/">www.dushanbectprocess.org/</a>).</p>'
            ),
        },
        "co_organisers": ["gov-tj", "unoct", "unrcca", "osce", "eu", "ksa", "qatar"],
        "related_event": "2022",
        "media_contacts": [
            {
                "honorific": {"en": "Mr.", "ru": "г-н", "tg": "ҷаноб", "ar": "السيد"},
                "name": {
                    "en": "Sahobiddin Sadriddinzod",
                    "ru": "Сахобиддин Садриддинзод",
                    "tg": "Саҳобиддин Садриддинзод",
                    "ar": "صاحب الدين صدر الدين زاده",
                },
                "role": {
                    "en": "Information Department",
                    "ru": "Информационное управление",
                    "tg": "Раёсати иттилоот",
                    "ar": "إدارة الإعلام",
                },
                "organisation": "mfa-tj",
                "email": "s.sadriddinzod@mfa.tj",
                "secondary_email": "informdepartment@mfa.tj",
                "phone": "",
            },
            {
                "honorific": {"en": "", "ru": ""},
                "name": {
                    "en": "Laurence Gerard",
                    "ru": "Лоранс Жерар",
                    "tg": "Лоранс Жерар",
                    "ar": "لورانس جيرار",
                },
                "role": {
                    "en": "Public Information",
                    "ru": "Общественная информация",
                    "tg": "Иттилооти ҷамъиятӣ",
                    "ar": "الإعلام العام",
                },
                "organisation": "unoct",
                "email": "gerardl@un.org",
                "secondary_email": "",
                "phone": "",
            },
        ],
    },
]

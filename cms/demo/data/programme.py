"""Programme: the sessions of the 2022 conference in seed order (times in Asia/Dushanbe)."""

SESSIONS = {
    "2022": [
        # Day 1 — 18 October 2022
        {
            "slug": "high-level-opening-session",
            "title": {
                "en": "High-Level Opening Session",
                "ru": "Сессия открытия высокого уровня",
                "tg": "Ҷаласаи ифтитоҳии сатҳи баланд",
                "ar": "الجلسة الافتتاحية الرفيعة المستوى",
            },
            "kind": "opening",
            "start": "2022-10-18T09:30",
            "end": "2022-10-18T10:30",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": (
                    "The President of the Republic of Tajikistan welcomes the participants, followed "
                    "by a video message from the Secretary-General of the United Nations and opening "
                    "remarks by the heads of the co-organising and partner organisations."
                ),
                "ru": (
                    "Президент Республики Таджикистан приветствует участников; затем следуют "
                    "видеообращение Генерального секретаря Организации Объединенных Наций и "
                    "вступительные слова руководителей организаций-соорганизаторов и партнёров."
                ),
            },
            "key_issues": [],
            "speakers": [
                ("voronkov", "chair"),
                ("rahmon", "keynote"),
                ("guterres", "video_address"),
                ("gherman", "speaker"),
                ("schmid", "speaker"),
                ("hakala", "speaker"),
                ("stock", "speaker"),
                ("alnuaimi", "speaker"),
            ],
            "floor_language": "en",
            "interpretation_languages": ["ru", "tg", "ar"],
        },
        {
            "slug": "high-level-ministerial-session",
            "title": {
                "en": "High-Level Ministerial Session",
                "ru": "Министерская сессия высокого уровня",
                "tg": "Ҷаласаи вазирони сатҳи баланд",
                "ar": "الجلسة الوزارية الرفيعة المستوى",
            },
            "kind": "ministerial",
            "start": "2022-10-18T10:30",
            "end": "2022-10-18T12:30",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": (
                    "Government Ministers and other senior officials from the region and abroad "
                    "present their countries' efforts to strengthen border security and management "
                    "cooperation to counter terrorism."
                ),
                "ru": (
                    "Министры и другие высокопоставленные должностные лица из стран региона и из-за "
                    "его пределов рассказывают об усилиях своих государств по укреплению "
                    "сотрудничества в области безопасности и управления границами в целях "
                    "противодействия терроризму."
                ),
            },
            "key_issues": [],
            "speakers": [
                ("muhriddin", "chair"),
            ],
            "floor_language": "en",
            "interpretation_languages": ["ru", "tg", "ar"],
        },
        {
            "slug": "coffee-break-1",
            "title": {
                "en": "Coffee break",
                "ru": "Кофе-брейк",
                "tg": "Танаффус барои қаҳва",
                "ar": "استراحة قهوة",
            },
            "kind": "break",
            "start": "2022-10-18T12:30",
            "end": "2022-10-18T13:00",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": "Coffee and refreshments are served to the participants.",
                "ru": "Для участников сервируются кофе и прохладительные напитки.",
            },
            "key_issues": [],
            "speakers": [],
            "floor_language": "",
            "interpretation_languages": [],
        },
        {
            "slug": "thematic-session-i",
            "title": {
                "en": (
                    "Thematic Session I: Regional Border Security Challenges: Identifying Threats, "
                    "Risks and Avenues for Improvement"
                ),
                "ru": (
                    "Тематическая сессия I: Проблемы региональной безопасности границ: выявление "
                    "угроз, рисков и путей совершенствования"
                ),
                "tg": (
                    "Ҷаласаи мавзӯии I: Мушкилоти минтақавии амнияти сарҳад: муайян кардани "
                    "таҳдидҳо, хатарҳо ва роҳҳои беҳбуд"
                ),
                "ar": ("الجلسة المواضيعية الأولى: تحديات أمن الحدود الإقليمية: تحديد التهديدات والمخاطر وسبل التحسين"),
            },
            "kind": "thematic",
            "start": "2022-10-18T14:00",
            "end": "2022-10-18T15:30",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": (
                    "An analysis of current border security challenges in Central Asia and beyond, "
                    "including the threats and risks in the management of borders in the context "
                    "of countering terrorism."
                ),
                "ru": (
                    "Анализ текущих проблем безопасности границ в Центральной Азии и за её "
                    "пределами, включая угрозы и риски в сфере управления границами в контексте "
                    "противодействия терроризму."
                ),
            },
            "key_issues": [
                {
                    "en": (
                        "<p>This session will focus on an analysis of current border security "
                        "challenges in Central Asia and beyond, including identification of threats "
                        "and risks in the management of borders in the context of countering "
                        "terrorism. Attention will be paid to key challenges at the national and "
                        "regional level and how to, inter alia, strengthen effective "
                        "information-sharing with law enforcement, criminal justice and border "
                        "management stakeholders.</p>"
                    ),
                    "ru": (
                        "<p>Сессия будет посвящена анализу текущих проблем безопасности границ в "
                        "Центральной Азии и за её пределами, включая выявление угроз и рисков в "
                        "сфере управления границами в контексте противодействия терроризму. "
                        "Внимание будет уделено ключевым проблемам на национальном и региональном "
                        "уровнях, а также тому, как, в частности, укрепить эффективный обмен "
                        "информацией с правоохранительными органами, органами уголовного "
                        "правосудия и ведомствами, отвечающими за управление границами.</p>"
                    ),
                    "tg": (
                        "<p>Ин ҷаласа ба таҳлили мушкилоти кунунии амнияти сарҳад дар Осиёи "
                        "Марказӣ ва берун аз он, аз ҷумла муайян кардани таҳдидҳо ва хатарҳо дар "
                        "идоракунии сарҳадҳо дар заминаи муқовимат ба терроризм бахшида мешавад. "
                        "Ба мушкилоти асосӣ дар сатҳи миллӣ ва минтақавӣ ва роҳҳои, аз ҷумла, "
                        "таҳкими мубодилаи самарабахши иттилоот бо мақомоти ҳифзи ҳуқуқ, адлияи "
                        "ҷиноӣ ва идоракунии сарҳад диққат дода мешавад.</p>"
                    ),
                },
                {
                    "en": (
                        "<p>The session will also include a discussion of potential linkages "
                        "between transnational organized crime and terrorism, including current "
                        "trends in illicit traffic in small arms and light weapons, conventional "
                        "ammunition, and explosives, and nuclear, chemical, biological, or "
                        "radiological weapons and materials, as well as the related mechanisms to "
                        "address and counter them.</p>"
                    ),
                    "ru": (
                        "<p>В ходе сессии также будут обсуждаться возможные связи между "
                        "транснациональной организованной преступностью и терроризмом, включая "
                        "текущие тенденции в незаконном обороте стрелкового оружия и лёгких "
                        "вооружений, обычных боеприпасов и взрывчатых веществ, а также ядерного, "
                        "химического, биологического или радиологического оружия и материалов, и "
                        "соответствующие механизмы реагирования и противодействия.</p>"
                    ),
                    "tg": (
                        "<p>Ҷаласа инчунин муҳокимаи робитаҳои эҳтимолии байни ҷинояткории "
                        "муташаккили фаромиллӣ ва терроризмро дар бар мегирад, аз ҷумла "
                        "тамоюлҳои кунунии гардиши ғайриқонунии силоҳи хурд ва сабук, лавозимоти "
                        "ҷангии анъанавӣ ва маводи тарканда, инчунин силоҳ ва маводи ҳастаӣ, "
                        "кимиёвӣ, биологӣ ё радиологӣ, ҳамчунин механизмҳои дахлдори мубориза ва "
                        "муқовимат ба онҳо.</p>"
                    ),
                },
                {
                    "en": (
                        "<p>It will examine current trends in terms of terrorists’ movements across "
                        "borders and explore how these trends influence the threat landscape in "
                        "different regions.</p>"
                    ),
                    "ru": (
                        "<p>Будут рассмотрены текущие тенденции в передвижении террористов через "
                        "границы и то, как эти тенденции влияют на характер угроз в различных "
                        "регионах.</p>"
                    ),
                    "tg": (
                        "<p>Дар он тамоюлҳои кунунии ҳаракати террористон тавассути сарҳадҳо "
                        "баррасӣ шуда, таъсири ин тамоюлҳо ба вазъи таҳдидҳо дар минтақаҳои "
                        "гуногун омӯхта мешавад.</p>"
                    ),
                },
            ],
            "speakers": [
                ("kupchyna", "moderator"),
            ],
            "floor_language": "en",
            "interpretation_languages": ["ru", "tg", "ar"],
        },
        {
            "slug": "thematic-session-ii",
            "title": {
                "en": (
                    "Thematic Session II: The Phenomenon of FTFs and Its Implications for the "
                    "Central Asian Region and Beyond"
                ),
                "ru": (
                    "Тематическая сессия II: Феномен ИБТ и его последствия для "
                    "Центральноазиатского региона и за его пределами"
                ),
                "tg": (
                    "Ҷаласаи мавзӯии II: Падидаи ҷангҷӯёни террористи хориҷӣ ва оқибатҳои он барои "
                    "минтақаи Осиёи Марказӣ ва берун аз он"
                ),
                "ar": (
                    "الجلسة المواضيعية الثانية: ظاهرة المقاتلين الإرهابيين الأجانب وتداعياتها على "
                    "منطقة آسيا الوسطى وخارجها"
                ),
            },
            "kind": "thematic",
            "start": "2022-10-18T15:45",
            "end": "2022-10-18T17:30",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": (
                    "Current trends in the movement of FTFs and ways to strengthen international "
                    "and regional cooperation to counter their flows."
                ),
                "ru": (
                    "Текущие тенденции в передвижении ИБТ и пути укрепления международного и "
                    "регионального сотрудничества в целях противодействия их потокам."
                ),
            },
            "key_issues": [
                {
                    "en": (
                        "<p>This session will examine current trends in the movement of FTFs and how "
                        "to strengthen international and regional cooperation to counter their "
                        "flows.</p>"
                    ),
                    "ru": (
                        "<p>В ходе сессии будут рассмотрены текущие тенденции в передвижении ИБТ и "
                        "пути укрепления международного и регионального сотрудничества в целях "
                        "противодействия их потокам.</p>"
                    ),
                },
                {
                    "en": (
                        "<p>Are existing instruments sufficient to identify and effectively prevent "
                        "the movement of FTFs? What can Member States, international and regional "
                        "organizations, UN entities, and other stakeholders do to strengthen "
                        "existing mechanisms and/or establish new ones, as appropriate?</p>"
                    ),
                    "ru": (
                        "<p>Достаточно ли существующих инструментов для выявления и эффективного "
                        "предотвращения передвижения ИБТ? Что могут сделать государства-члены, "
                        "международные и региональные организации, структуры ООН и другие "
                        "заинтересованные стороны для укрепления существующих механизмов и/или, в "
                        "надлежащих случаях, создания новых?</p>"
                    ),
                },
                {
                    "en": (
                        "<p>How can stakeholders promote and enhance the exchange of operational "
                        "information regarding detection or movements of terrorists or terrorist "
                        "networks, including FTFs?</p>"
                    ),
                    "ru": (
                        "<p>Каким образом заинтересованные стороны могут поощрять и расширять обмен "
                        "оперативной информацией о выявлении или передвижении террористов или "
                        "террористических сетей, включая ИБТ?</p>"
                    ),
                },
                {
                    "en": (
                        "<p>How can stakeholders ensure measures and instruments implemented are "
                        "done so in a human rights-compliant, age-sensitive and gender responsive "
                        "manner?</p>"
                    ),
                    "ru": (
                        "<p>Каким образом заинтересованные стороны могут обеспечить, чтобы меры и "
                        "инструменты применялись с соблюдением прав человека и с учётом возрастных "
                        "и гендерных аспектов?</p>"
                    ),
                },
                {
                    "en": (
                        "<p>What are the effective operational measures at the border for countering "
                        "and preventing the travel of FTFs?</p>"
                    ),
                    "ru": (
                        "<p>Каковы эффективные оперативные меры на границе для противодействия "
                        "передвижению ИБТ и его предотвращения?</p>"
                    ),
                },
                {
                    "en": (
                        "<p>What are the best policies and procedures to build inter-agency "
                        "cooperation, better investigative techniques, and prosecutorial "
                        "strategies?</p>"
                    ),
                    "ru": (
                        "<p>Каковы оптимальные политика и процедуры для налаживания межведомственного "
                        "сотрудничества, совершенствования методов расследования и стратегий "
                        "уголовного преследования?</p>"
                    ),
                },
            ],
            "speakers": [],
            "floor_language": "en",
            "interpretation_languages": ["ru", "tg", "ar"],
        },
        {
            "slug": "official-reception",
            "title": {
                "en": "Official Reception",
                "ru": "Официальный приём",
                "tg": "Зиёфати расмӣ",
                "ar": "حفل الاستقبال الرسمي",
            },
            "kind": "reception",
            "start": "2022-10-18T19:00",
            "end": "2022-10-18T21:00",
            "venue": "kokhi-somon",
            "room": "reception-hall",
            "summary": {
                "en": "An official reception for the participants of the conference.",
                "ru": "Официальный приём для участников конференции.",
            },
            "key_issues": [],
            "speakers": [],
            "floor_language": "",
            "interpretation_languages": [],
        },
        # Day 2 — 19 October 2022
        {
            "slug": "thematic-session-iii",
            "title": {
                "en": (
                    "Thematic Session III: Towards Effective Rule of Law Based Border Security "
                    "Management Strategies and Whole-of-Society Solutions"
                ),
                "ru": (
                    "Тематическая сессия III: На пути к эффективным стратегиям управления "
                    "безопасностью границ на основе верховенства права и решениям с участием всего "
                    "общества"
                ),
                "tg": (
                    "Ҷаласаи мавзӯии III: Ба сӯи стратегияҳои самарабахши идоракунии амнияти сарҳад "
                    "дар асоси волоияти қонун ва роҳҳалҳо бо иштироки тамоми ҷомеа"
                ),
                "ar": (
                    "الجلسة المواضيعية الثالثة: نحو استراتيجيات فعالة لإدارة أمن الحدود قائمة على "
                    "سيادة القانون وحلول تشمل المجتمع بأسره"
                ),
            },
            "kind": "thematic",
            "start": "2022-10-19T09:30",
            "end": "2022-10-19T11:00",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": (
                    "The main features of effective counter-terrorism border security policies and "
                    "of comprehensive national strategies and whole-of-society approaches in BSM."
                ),
                "ru": (
                    "Основные характеристики эффективной политики безопасности границ в целях "
                    "противодействия терроризму, всеобъемлющих национальных стратегий и подходов с "
                    "участием всего общества в сфере УБГ."
                ),
            },
            "key_issues": [
                {
                    "en": (
                        "<p>What are the main features of effective counter-terrorism border security policies?</p>"
                    ),
                    "ru": (
                        "<p>Каковы основные характеристики эффективной политики безопасности границ "
                        "в целях противодействия терроризму?</p>"
                    ),
                },
                {
                    "en": (
                        "<p>How are Member States implementing the requirement to develop "
                        "comprehensive and integrated national strategies to ensure an effective "
                        "and holistic approach in countering terrorism in BSM? Are there good "
                        "examples of effective border management strategies aimed at preventing the "
                        "movement of the terrorists, including FTFs?</p>"
                    ),
                    "ru": (
                        "<p>Каким образом государства-члены выполняют требование о разработке "
                        "всеобъемлющих и комплексных национальных стратегий для обеспечения "
                        "эффективного и целостного подхода к противодействию терроризму в сфере "
                        "УБГ? Существуют ли удачные примеры эффективных стратегий управления "
                        "границами, направленных на предотвращение передвижения террористов, "
                        "включая ИБТ?</p>"
                    ),
                },
                {
                    "en": (
                        "<p>What are the existing technical assistance and capacity building "
                        "initiatives to supporting national counterparts in implementing a "
                        "whole-of-society approach?</p>"
                    ),
                    "ru": (
                        "<p>Какие существуют инициативы по оказанию технической помощи и "
                        "наращиванию потенциала для поддержки национальных партнёров в реализации "
                        "подхода с участием всего общества?</p>"
                    ),
                },
                {
                    "en": (
                        "<p>This session will also look at how to ensure gender sensitive, human "
                        "rights compliant policies, humanitarian responsiveness and improved "
                        "engagement with civil society in BSM.</p>"
                    ),
                    "ru": (
                        "<p>В ходе сессии также будет рассмотрено, как обеспечить в сфере УБГ "
                        "политику, учитывающую гендерные аспекты и соответствующую нормам в области "
                        "прав человека, гуманитарное реагирование и более тесное взаимодействие с "
                        "гражданским обществом.</p>"
                    ),
                },
            ],
            "speakers": [],
            "floor_language": "en",
            "interpretation_languages": ["ru", "tg", "ar"],
        },
        {
            "slug": "coffee-break-2",
            "title": {
                "en": "Coffee break",
                "ru": "Кофе-брейк",
                "tg": "Танаффус барои қаҳва",
                "ar": "استراحة قهوة",
            },
            "kind": "break",
            "start": "2022-10-19T11:00",
            "end": "2022-10-19T11:30",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": "Coffee and refreshments are served to the participants.",
                "ru": "Для участников сервируются кофе и прохладительные напитки.",
            },
            "key_issues": [],
            "speakers": [],
            "floor_language": "",
            "interpretation_languages": [],
        },
        {
            "slug": "thematic-session-iv",
            "title": {
                "en": (
                    "Thematic Session IV: Strengthening Regional and International Cooperation on "
                    "Border Security and Management in the Counter-Terrorism context: The Way Forward"
                ),
                "ru": (
                    "Тематическая сессия IV: Укрепление регионального и международного "
                    "сотрудничества в области безопасности и управления границами в контексте "
                    "противодействия терроризму: дальнейшие шаги"
                ),
                "tg": (
                    "Ҷаласаи мавзӯии IV: Таҳкими ҳамкориҳои минтақавӣ ва байналмилалӣ оид ба амният "
                    "ва идоракунии сарҳад дар заминаи муқовимат ба терроризм: роҳи минбаъда"
                ),
                "ar": (
                    "الجلسة المواضيعية الرابعة: تعزيز التعاون الإقليمي والدولي في مجال أمن الحدود "
                    "وإدارتها في سياق مكافحة الإرهاب: المضي قدماً"
                ),
            },
            "kind": "thematic",
            "start": "2022-10-19T11:30",
            "end": "2022-10-19T13:00",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": (
                    "Lessons learned from BSM capacity-building policies and programs and the way "
                    "forward for cross-border cooperation, including biometrics and API/PNR."
                ),
                "ru": (
                    "Уроки, извлечённые из политики и программ наращивания потенциала в сфере УБГ, "
                    "и дальнейшие шаги по развитию трансграничного сотрудничества, включая "
                    "биометрию и API/PNR."
                ),
            },
            "key_issues": [
                {
                    "en": (
                        "<p>Lessons learned from BSM capacity-building policies and programs "
                        "implemented at the national, regional, and global levels.</p>"
                    ),
                    "ru": (
                        "<p>Уроки, извлечённые из политики и программ наращивания потенциала в "
                        "сфере УБГ, реализованных на национальном, региональном и глобальном "
                        "уровнях.</p>"
                    ),
                },
                {
                    "en": (
                        "<p>Responsible use of biometrics – its value to BSM in a demanding "
                        "post-COVID-19 travel environment – balancing identity verification with "
                        "effective data protection, rule of law and privacy considerations.</p>"
                    ),
                    "ru": (
                        "<p>Ответственное использование биометрии – её значение для УБГ в сложных "
                        "условиях передвижения после пандемии COVID-19 – баланс между проверкой "
                        "личности и эффективной защитой данных, верховенством права и соображениями "
                        "неприкосновенности частной жизни.</p>"
                    ),
                },
                {
                    "en": (
                        "<p>Innovative measures and tools such as API/PNR, AI, and other "
                        "cutting-edge solutions for early detection and information exchange to "
                        "prevent the cross-border travel of terrorists and serious criminals – "
                        "legal, technical, and operational aspects.</p>"
                    ),
                    "ru": (
                        "<p>Инновационные меры и инструменты, такие как API/PNR, искусственный "
                        "интеллект и другие передовые решения для раннего выявления и обмена "
                        "информацией в целях предотвращения трансграничного передвижения "
                        "террористов и опасных преступников, – правовые, технические и оперативные "
                        "аспекты.</p>"
                    ),
                },
                {
                    "en": (
                        "<p>Best practices for enhancing cross-border cooperation, including through "
                        "the establishment of regional informal working groups on API/PNR.</p>"
                    ),
                    "ru": (
                        "<p>Передовой опыт расширения трансграничного сотрудничества, в том числе "
                        "путём создания региональных неформальных рабочих групп по API/PNR.</p>"
                    ),
                },
            ],
            "speakers": [],
            "floor_language": "en",
            "interpretation_languages": ["ru", "tg", "ar"],
        },
        {
            "slug": "closing-session",
            "title": {
                "en": "Closing session",
                "ru": "Заключительная сессия",
                "tg": "Ҷаласаи хотимавӣ",
                "ar": "الجلسة الختامية",
            },
            "kind": "closing",
            "start": "2022-10-19T13:00",
            "end": "2022-10-19T13:30",
            "venue": "kokhi-somon",
            "room": "plenary-hall",
            "summary": {
                "en": (
                    "The conference closes with the endorsement of the Dushanbe Declaration on "
                    "Border Security and Management Cooperation to Counter Terrorism and Prevent the "
                    "Movement of Terrorists."
                ),
                "ru": (
                    "Конференция завершается одобрением Душанбинской декларации о сотрудничестве в "
                    "области безопасности и управления границами для противодействия терроризму и "
                    "предотвращения передвижения террористов."
                ),
            },
            "key_issues": [],
            "speakers": [],
            "floor_language": "en",
            "interpretation_languages": ["ru", "tg", "ar"],
        },
        # Cultural programme — 19 October 2022
        {
            "slug": "gathering-in-front-of-the-opera-and-ballet-theatre-named-after-s-aini",
            "title": {
                "en": "Gathering in front of the Opera and Ballet Theatre named after S. Aini",
                "ru": "Сбор перед Театром оперы и балета имени С. Айни",
                "tg": "Ҷамъомад дар назди Театри опера ва балети ба номи С. Айнӣ",
                "ar": "التجمع أمام مسرح الأوبرا والباليه الذي يحمل اسم س. عيني",
            },
            "kind": "cultural_visit",
            "start": "2022-10-19T14:30",
            "end": "2022-10-19T15:00",
            "venue": "opera-theatre",
            "room": None,
            "summary": {
                "en": (
                    "Participants of the cultural programme gather in front of the Opera and Ballet "
                    "Theatre named after S. Aini."
                ),
                "ru": ("Участники культурной программы собираются перед Театром оперы и балета имени С. Айни."),
            },
            "key_issues": [],
            "speakers": [],
            "floor_language": "",
            "interpretation_languages": [],
        },
        {
            "slug": "visiting-kohki-navruz",
            "title": {
                "en": "Visiting “Kohki Navruz”",
                "ru": "Посещение «Кохи Навруз»",
                "tg": "Боздид аз «Кохи Наврӯз»",
                "ar": "زيارة «قصر نوروز»",
            },
            "kind": "cultural_visit",
            "start": "2022-10-19T15:00",
            "end": "2022-10-19T16:00",
            "venue": "kohi-navruz",
            "room": None,
            "summary": {
                "en": "A visit to Kohki Navruz in Dushanbe.",
                "ru": "Посещение Кохи Навруз в Душанбе.",
            },
            "key_issues": [],
            "speakers": [],
            "floor_language": "",
            "interpretation_languages": [],
        },
        {
            "slug": "visiting-the-national-museum-of-tajikistan",
            "title": {
                "en": "Visiting the National Museum of Tajikistan",
                "ru": "Посещение Национального музея Таджикистана",
                "tg": "Боздид аз Осорхонаи миллии Тоҷикистон",
                "ar": "زيارة المتحف الوطني لطاجيكستان",
            },
            "kind": "cultural_visit",
            "start": "2022-10-19T16:15",
            "end": "2022-10-19T17:15",
            "venue": "national-museum",
            "room": None,
            "summary": {
                "en": "A visit to the National Museum of Tajikistan.",
                "ru": "Посещение Национального музея Таджикистана.",
            },
            "key_issues": [],
            "speakers": [],
            "floor_language": "",
            "interpretation_languages": [],
        },
        {
            "slug": "visiting-the-national-flag-park",
            "title": {
                "en": "Visiting the National Flag Park",
                "ru": "Посещение Парка Государственного флага",
                "tg": "Боздид аз Боғи Парчами давлатӣ",
                "ar": "زيارة حديقة العلم الوطني",
            },
            "kind": "cultural_visit",
            "start": "2022-10-19T17:30",
            "end": "2022-10-19T18:00",
            "venue": "flag-park",
            "room": None,
            "summary": {
                "en": "A visit to the National Flag Park in Dushanbe.",
                "ru": "Посещение Парка Государственного флага в Душанбе.",
            },
            "key_issues": [],
            "speakers": [],
            "floor_language": "",
            "interpretation_languages": [],
        },
    ],
}

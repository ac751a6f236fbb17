"""Speakers: the eight speakers of the 2022 conference web site, the host and the UNRCCA head."""

SPEAKERS = [
    {
        "key": "hakala",
        "slug": "terhi-hakala",
        "honorific": {"en": "H.E. Ms.", "ru": "Е.П. г-жа", "tg": "Ҷаноби Олӣ хонум", "ar": "سعادة السيدة"},
        "name": {"en": "Terhi Hakala", "ru": "Терхи Хакала", "tg": "Терҳи Ҳакала", "ar": "تيرهي هاكالا"},
        "position": {
            "en": "EU Special Representative for Central Asia",
            "ru": "Специальный представитель ЕС по Центральной Азии",
            "tg": "Намояндаи махсуси ИА оид ба Осиёи Марказӣ",
            "ar": "الممثلة الخاصة للاتحاد الأوروبي لآسيا الوسطى",
        },
        "organisation": "eu",
        "country": {"en": "Finland", "ru": "Финляндия", "tg": "Финляндия", "ar": "فنلندا"},
        "biography": {
            "en": (
                "<p>Terhi Hakala is a Finnish diplomat who serves as the European Union Special "
                "Representative for Central Asia. In this role she promotes the policy objectives of "
                "the European Union in the region and supports cooperation between the EU and the "
                "Central Asian states, including on security and border management.</p>"
            ),
            "ru": (
                "<p>Терхи Хакала — финский дипломат, Специальный представитель Европейского союза "
                "по Центральной Азии. На этом посту она содействует достижению политических целей "
                "Европейского союза в регионе и поддерживает сотрудничество ЕС с государствами "
                "Центральной Азии, в том числе в вопросах безопасности и управления границами.</p>"
            ),
        },
    },
    {
        "key": "alnuaimi",
        "slug": "ali-al-nuaimi",
        "honorific": {"en": "Mr.", "ru": "г-н", "tg": "ҷаноб", "ar": "السيد"},
        "name": {"en": "Ali Al Nuaimi", "ru": "Али ан-Нуайми", "tg": "Алӣ ан-Нуаймӣ", "ar": "علي النعيمي"},
        "position": {
            "en": "Chairman of the Hedayah Center",
            "ru": "Председатель Центра «Хедайя»",
            "tg": "Раиси Маркази «Ҳедая»",
            "ar": "رئيس مركز هداية",
        },
        "organisation": "hedayah",
        "country": {
            "en": "United Arab Emirates",
            "ru": "Объединённые Арабские Эмираты",
            "tg": "Аморати Муттаҳидаи Араб",
            "ar": "الإمارات العربية المتحدة",
        },
        "biography": {
            "en": (
                "<p>Ali Al Nuaimi chairs the Board of Hedayah, the international centre of excellence "
                "for countering violent extremism based in Abu Dhabi, United Arab Emirates. He has "
                "long been engaged in efforts to prevent and counter violent extremism through "
                "education, dialogue and international cooperation.</p>"
            ),
            "ru": (
                "<p>Али ан-Нуайми возглавляет Совет директоров «Хедайи» — международного центра "
                "передового опыта по противодействию насильственному экстремизму, расположенного "
                "в Абу-Даби (Объединённые Арабские Эмираты). Он давно участвует в усилиях по "
                "предупреждению насильственного экстремизма и противодействию ему посредством "
                "образования, диалога и международного сотрудничества.</p>"
            ),
        },
    },
    {
        "key": "stock",
        "slug": "jurgen-stock",
        "honorific": {"en": "H.E. Mr.", "ru": "Е.П. г-н", "tg": "Ҷаноби Олӣ", "ar": "معالي السيد"},
        "name": {"en": "Jürgen Stock", "ru": "Юрген Шток", "tg": "Юрген Шток", "ar": "يورغن شتوك"},
        "position": {
            "en": "Secretary General of INTERPOL",
            "ru": "Генеральный секретарь Интерпола",
            "tg": "Котиби генералии ИНТЕРПОЛ",
            "ar": "الأمين العام للإنتربول",
        },
        "organisation": "interpol",
        "country": {"en": "Germany", "ru": "Германия", "tg": "Олмон", "ar": "ألمانيا"},
        "biography": {
            "en": (
                "<p>Jürgen Stock is the Secretary General of INTERPOL, the international criminal "
                "police organization. A German law enforcement professional, he previously held "
                "senior positions at the Federal Criminal Police Office of Germany. At INTERPOL he "
                "has emphasised the sharing of police information across borders, including to "
                "counter terrorism.</p>"
            ),
            "ru": (
                "<p>Юрген Шток — Генеральный секретарь Интерпола, Международной организации "
                "уголовной полиции. Представитель правоохранительных органов Германии, ранее он "
                "занимал руководящие должности в Федеральном ведомстве уголовной полиции Германии. "
                "В Интерполе он уделяет особое внимание трансграничному обмену полицейской "
                "информацией, в том числе в целях противодействия терроризму.</p>"
            ),
        },
    },
    {
        "key": "muhriddin",
        "slug": "sirojiddin-muhriddin",
        "honorific": {"en": "H.E. Mr.", "ru": "Е.П. г-н", "tg": "Ҷаноби Олӣ", "ar": "معالي السيد"},
        "name": {
            "en": "Sirojiddin Muhriddin",
            "ru": "Сироджиддин Мухриддин",
            "tg": "Сироҷиддин Муҳриддин",
            "ar": "سراج الدين مهر الدين",
        },
        "position": {
            "en": "Minister of Foreign Affairs of Tajikistan",
            "ru": "Министр иностранных дел Таджикистана",
            "tg": "Вазири корҳои хориҷии Тоҷикистон",
            "ar": "وزير خارجية طاجيكستان",
        },
        "organisation": "mfa-tj",
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "biography": {
            "en": (
                "<p>Sirojiddin Muhriddin is the Minister of Foreign Affairs of the Republic of "
                "Tajikistan. A career diplomat, he has held senior posts in the diplomatic service "
                "of Tajikistan. His ministry is the host country's focal point for the conferences "
                "of the Dushanbe Process.</p>"
            ),
            "ru": (
                "<p>Сироджиддин Мухриддин — Министр иностранных дел Республики Таджикистан. "
                "Кадровый дипломат, он занимал руководящие должности на дипломатической службе "
                "Таджикистана. Возглавляемое им министерство координирует со стороны принимающей "
                "страны проведение конференций Душанбинского процесса.</p>"
            ),
        },
    },
    {
        "key": "guterres",
        "slug": "antonio-guterres",
        "honorific": {"en": "H.E. Mr.", "ru": "Е.П. г-н", "tg": "Ҷаноби Олӣ", "ar": "معالي السيد"},
        "name": {
            "en": "Antonio Guterres",
            "ru": "Антониу Гутерриш",
            "tg": "Антониу Гутерреш",
            "ar": "أنطونيو غوتيريش",
        },
        "position": {
            "en": "Secretary-General of the United Nations",
            "ru": "Генеральный секретарь Организации Объединенных Наций",
            "tg": "Дабири кулли Созмони Милали Муттаҳид",
            "ar": "الأمين العام للأمم المتحدة",
        },
        "organisation": "un",
        "country": {"en": "Portugal", "ru": "Португалия", "tg": "Португалия", "ar": "البرتغال"},
        "biography": {
            "en": (
                "<p>Antonio Guterres is the Secretary-General of the United Nations. He previously "
                "served as Prime Minister of Portugal and as United Nations High Commissioner for "
                "Refugees. In June 2018 he convened in New York the first High-Level Conference on "
                "Counter-Terrorism; the 2019 Dushanbe conference was the first UNOCT regional "
                "conference in the series of follow-up events.</p>"
            ),
            "ru": (
                "<p>Антониу Гутерриш — Генеральный секретарь Организации Объединенных Наций. Ранее "
                "он занимал посты Премьер-министра Португалии и Верховного комиссара ООН по делам "
                "беженцев. В июне 2018 года он созвал в Нью-Йорке первую Конференцию высокого "
                "уровня по противодействию терроризму; душанбинская конференция 2019 года стала "
                "первой региональной конференцией КТУ ООН в серии последующих мероприятий.</p>"
            ),
        },
    },
    {
        "key": "voronkov",
        "slug": "vladimir-voronkov",
        "honorific": {"en": "Mr.", "ru": "г-н", "tg": "ҷаноб", "ar": "السيد"},
        "name": {
            "en": "Vladimir Voronkov",
            "ru": "Владимир Воронков",
            "tg": "Владимир Воронков",
            "ar": "فلاديمير فورونكوف",
        },
        "position": {
            "en": "UN Under Secretary General for Counter-Terrorism",
            "ru": "Заместитель Генерального секретаря ООН по борьбе с терроризмом",
            "tg": "Муовини Дабири кулли СММ оид ба мубориза бо терроризм",
            "ar": "وكيل الأمين العام للأمم المتحدة لمكافحة الإرهاب",
        },
        "organisation": "unoct",
        "country": {
            "en": "Russian Federation",
            "ru": "Российская Федерация",
            "tg": "Федератсияи Россия",
            "ar": "الاتحاد الروسي",
        },
        "biography": {
            "en": (
                "<p>Vladimir Voronkov is the first Under-Secretary-General of the United Nations "
                "Office of Counter-Terrorism (UNOCT), established in 2017. Before joining the United "
                "Nations he was a career diplomat of the Russian Federation, serving among other "
                "posts as Permanent Representative to the international organizations in Vienna. "
                "He launched the Dushanbe Process and has spoken at all three of its conferences.</p>"
            ),
            "ru": (
                "<p>Владимир Воронков — первый заместитель Генерального секретаря, возглавляющий "
                "Контртеррористическое управление Организации Объединенных Наций (КТУ ООН), "
                "учреждённое в 2017 году. До перехода в ООН он был кадровым дипломатом Российской "
                "Федерации и, в частности, занимал пост Постоянного представителя при "
                "международных организациях в Вене. Он дал старт Душанбинскому процессу и выступал "
                "на всех трёх его конференциях.</p>"
            ),
        },
    },
    {
        "key": "schmid",
        "slug": "helga-maria-schmid",
        "honorific": {"en": "H.E. Ms.", "ru": "Е.П. г-жа", "tg": "Ҷаноби Олӣ хонум", "ar": "معالي السيدة"},
        "name": {
            "en": "Helga Maria Schmid",
            "ru": "Хельга Мария Шмид",
            "tg": "Ҳелга Мария Шмид",
            "ar": "هيلغا ماريا شميد",
        },
        "position": {
            "en": "OSCE Secretary General",
            "ru": "Генеральный секретарь ОБСЕ",
            "tg": "Котиби генералии САҲА",
            "ar": "الأمينة العامة لمنظمة الأمن والتعاون في أوروبا",
        },
        "organisation": "osce",
        "country": {"en": "Germany", "ru": "Германия", "tg": "Олмон", "ar": "ألمانيا"},
        "biography": {
            "en": (
                "<p>Helga Maria Schmid is the Secretary General of the Organization for Security and "
                "Co-operation in Europe (OSCE) and heads its Secretariat in Vienna. A German "
                "diplomat, she previously served as Secretary General of the European External "
                "Action Service.</p>"
            ),
            "ru": (
                "<p>Хельга Мария Шмид — Генеральный секретарь Организации по безопасности и "
                "сотрудничеству в Европе (ОБСЕ), руководит её Секретариатом в Вене. Немецкий "
                "дипломат, ранее она занимала пост Генерального секретаря Европейской службы "
                "внешних связей.</p>"
            ),
        },
    },
    {
        "key": "kupchyna",
        "slug": "alena-kupchyna",
        "honorific": {"en": "Ms.", "ru": "г-жа", "tg": "хонум", "ar": "السيدة"},
        "name": {
            "en": "Alena Kupchyna",
            "ru": "Алена Купчина",
            "tg": "Алена Купчина",
            "ar": "ألينا كوبتشينا",
        },
        "position": {
            "en": "OSCE Co-ordinator of Activities to Address Transnational Threats",
            "ru": "Координатор деятельности ОБСЕ по противодействию транснациональным угрозам",
            "tg": "Ҳамоҳангсози фаъолияти САҲА оид ба муқовимат ба таҳдидҳои фаромиллӣ",
            "ar": "منسقة أنشطة منظمة الأمن والتعاون في أوروبا لمواجهة التهديدات العابرة للحدود الوطنية",
        },
        "organisation": "osce",
        "country": {"en": "Belarus", "ru": "Беларусь", "tg": "Беларус", "ar": "بيلاروس"},
        "biography": {
            "en": (
                "<p>Alena Kupchyna is the OSCE Co-ordinator of Activities to Address Transnational "
                "Threats and oversees the work of the OSCE Secretariat on countering terrorism, "
                "border security and management, policing and cyber security. She previously held "
                "senior positions in the diplomatic service of Belarus.</p>"
            ),
            "ru": (
                "<p>Алена Купчина — Координатор деятельности ОБСЕ по противодействию "
                "транснациональным угрозам; она руководит работой Секретариата ОБСЕ в области "
                "противодействия терроризму, безопасности и управления границами, полицейской "
                "деятельности и кибербезопасности. Ранее она занимала руководящие должности на "
                "дипломатической службе Беларуси.</p>"
            ),
        },
    },
    {
        "key": "rahmon",
        "slug": "emomali-rahmon",
        "honorific": {"en": "H.E. Mr.", "ru": "Е.П. г-н", "tg": "Ҷаноби Олӣ", "ar": "فخامة السيد"},
        "name": {
            "en": "Emomali Rahmon",
            "ru": "Эмомали Рахмон",
            "tg": "Эмомалӣ Раҳмон",
            "ar": "إمام علي رحمن",
        },
        "position": {
            "en": "President of the Republic of Tajikistan",
            "ru": "Президент Республики Таджикистан",
            "tg": "Президенти Ҷумҳурии Тоҷикистон",
            "ar": "رئيس جمهورية طاجيكستان",
        },
        "organisation": "gov-tj",
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "biography": {
            "en": (
                "<p>Emomali Rahmon is the President of the Republic of Tajikistan. Under his "
                "leadership Tajikistan has hosted the high-level conferences of the Dushanbe Process "
                "since 2018. He welcomed the participants at the opening session of the 2022 "
                "conference.</p>"
            ),
            "ru": (
                "<p>Эмомали Рахмон — Президент Республики Таджикистан. Под его руководством "
                "Таджикистан с 2018 года принимает конференции высокого уровня Душанбинского "
                "процесса. Он приветствовал участников на сессии открытия конференции 2022 года.</p>"
            ),
        },
    },
    {
        "key": "gherman",
        "slug": "natalia-gherman",
        "honorific": {"en": "Ms.", "ru": "г-жа", "tg": "хонум", "ar": "السيدة"},
        "name": {
            "en": "Natalia Gherman",
            "ru": "Наталья Герман",
            "tg": "Наталя Герман",
            "ar": "ناتاليا غيرمان",
        },
        "position": {
            "en": "Special Representative of the Secretary-General for Central Asia and Head of UNRCCA",
            "ru": "Специальный представитель Генерального секретаря по Центральной Азии, глава РЦПДЦА ООН",
            "tg": "Намояндаи махсуси Дабири кулл оид ба Осиёи Марказӣ ва Роҳбари Маркази минтақавии СММ оид ба дипломатияи пешгирикунанда",
            "ar": "الممثلة الخاصة للأمين العام لآسيا الوسطى ورئيسة مركز الأمم المتحدة الإقليمي للدبلوماسية الوقائية لآسيا الوسطى",
        },
        "organisation": "unrcca",
        "country": {
            "en": "Republic of Moldova",
            "ru": "Республика Молдова",
            "tg": "Ҷумҳурии Молдова",
            "ar": "جمهورية مولدوفا",
        },
        "biography": {
            "en": (
                "<p>Natalia Gherman is the Special Representative of the Secretary-General for "
                "Central Asia and Head of the United Nations Regional Centre for Preventive "
                "Diplomacy for Central Asia (UNRCCA). She previously served as Minister of Foreign "
                "Affairs and European Integration of the Republic of Moldova. UNRCCA co-organised "
                "the 2022 conference of the Dushanbe Process.</p>"
            ),
            "ru": (
                "<p>Наталья Герман — Специальный представитель Генерального секретаря по "
                "Центральной Азии, глава Регионального центра ООН по превентивной дипломатии для "
                "Центральной Азии (РЦПДЦА). Ранее она занимала пост министра иностранных дел и "
                "европейской интеграции Республики Молдова. РЦПДЦА ООН выступил одним из "
                "организаторов конференции Душанбинского процесса 2022 года.</p>"
            ),
        },
    },
]

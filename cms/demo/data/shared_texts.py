"""Texts the seeds use in more than one place, written once.

The site's "News And Announcement" text tells the history of the Dushanbe Process
(the 2019 event's body) and ends with the 2022 conference as its third milestone
(the announcement article); the 2022 theme is also the home page's hero subtitle.
"""

THEME_2022 = {
    "en": "International and Regional Border Security and Management Cooperation to Counter Terrorism and "
    "Prevent the Movement of Terrorists",
    "ru": "Международное и региональное сотрудничество в области безопасности и управления границами для "
    "противодействия терроризму и предотвращения передвижения террористов",
    "tg": "Ҳамкории байналмилалӣ ва минтақавӣ дар соҳаи амният ва идоракунии сарҳад барои муқовимат ба "
    "терроризм ва пешгирии ҳаракати террористон",
    "ar": "التعاون الدولي والإقليمي في مجال أمن الحدود وإدارتها لمكافحة الإرهاب ومنع تنقل الإرهابيين",
}

DUSHANBE_PROCESS_HISTORY = {
    "en": "<p>Taking into account the extensive experience of Tajikistan in the field of peacebuilding, "
    "preventing and combating terrorism, as well as illicit drug trafficking, there was held a high-level "
    'Conference entitled "International and Regional Cooperation on Countering Terrorism and its '
    'Financing Through Illicit Drug Trafficking and Organized Crime" on 16-17 May 2019 in '
    "Dushanbe.</p><p>This Conference was organized in cooperation with the United Nations and other "
    "international partners, including the Organization for Security and Cooperation in Europe and "
    "European Union as a logical continuation of the Dushanbe High-Level International Conference on "
    '"Countering Terrorism and Preventing Violent Extremism" held in Dushanbe on 3-4 May 2018.</p><p>The '
    "Dushanbe Conference was the first UNOCT Regional Conference in a series of follow-up events to the "
    "first High-Level Conference on Counter-Terrorism that was convened in June 2018 in New York by the "
    "Secretary-General of the United Nations, Antonio Guterres.</p><p>The conference culminated in the "
    "adoption of the Dushanbe Declaration, which renewed the commitment of the participating Member "
    "States to prevent and counter the financing of terrorism through organized crime, including illicit "
    "drug trafficking, and recognized that acts of international terrorism depended on financial "
    "support.</p><p>The Declaration also highlighted the need for Member States to fully implement the "
    "relevant Security Council resolutions and to cooperate with UNOCT, CTED and the Financial Action "
    "Task Force (FATF) to identify and receive coordinated and integrated assistance</p><p>As a result of "
    'this international conference, along with the Dushanbe Declaration there was launched the "Dushanbe '
    'process" on Countering Terrorism and its Financing by the UN Under-Secretary-General for '
    "Counter-Terrorism Vladimir Voronkov. The Dushanbe Process became an important platform for a broad "
    "dialogue and exchange of best practices for all stakeholders.</p>",
    "ru": "<p>С учётом обширного опыта Таджикистана в области миростроительства, предупреждения терроризма и "
    "борьбы с ним, а также с незаконным оборотом наркотиков 16–17 мая 2019 года в Душанбе состоялась "
    "Конференция высокого уровня на тему «Международное и региональное сотрудничество в противодействии "
    "терроризму и его финансированию за счёт незаконного оборота наркотиков и организованной "
    "преступности».</p><p>Конференция была организована в сотрудничестве с Организацией Объединенных "
    "Наций и другими международными партнёрами, в том числе с Организацией по безопасности и "
    "сотрудничеству в Европе и Европейским союзом, как логическое продолжение Душанбинской международной "
    "конференции высокого уровня «Противодействие терроризму и предупреждение насильственного "
    "экстремизма», состоявшейся в Душанбе 3–4 мая 2018 года.</p><p>Душанбинская конференция стала первой "
    "региональной конференцией КТУ ООН в серии мероприятий, последовавших за первой Конференцией высокого "
    "уровня по противодействию терроризму, которую Генеральный секретарь Организации Объединенных Наций "
    "Антониу Гутерриш созвал в июне 2018 года в Нью-Йорке.</p><p>Итогом конференции стало принятие "
    "Душанбинской декларации, в которой государства-члены, участвовавшие в конференции, подтвердили свою "
    "приверженность предотвращению финансирования терроризма за счёт организованной преступности, включая "
    "незаконный оборот наркотиков, и противодействию ему, а также признали, что акты международного "
    "терроризма зависят от финансовой поддержки.</p><p>В Декларации также подчёркивается необходимость "
    "полного выполнения государствами-членами соответствующих резолюций Совета Безопасности и "
    "сотрудничества с КТУ ООН, ИДКТК и Группой разработки финансовых мер борьбы с отмыванием денег (ФАТФ) "
    "в целях определения потребностей и получения скоординированной и комплексной помощи.</p><p>По итогам "
    "этой международной конференции наряду с Душанбинской декларацией заместителем Генерального секретаря "
    "ООН по борьбе с терроризмом Владимиром Воронковым был дан старт «Душанбинскому процессу» по "
    "противодействию терроризму и его финансированию. Душанбинский процесс стал важной платформой для "
    "широкого диалога и обмена передовым опытом для всех заинтересованных сторон.</p>",
}

THIRD_MILESTONE = {
    "en": "<p>The planned High-Level International Conference on “International and Regional Border Security "
    "and Management Cooperation to Counter Terrorism and Prevent the Movement of Terrorists” in Dushanbe, "
    "Tajikistan on 18-19 October 2022 is the third milestone in a series of events within the “Dushanbe "
    "Process”.</p>",
    "ru": "<p>Запланированная Международная конференция высокого уровня «Международное и региональное "
    "сотрудничество в области безопасности и управления границами для противодействия терроризму и "
    "предотвращения передвижения террористов», которая пройдёт в Душанбе (Таджикистан) 18–19 октября 2022 "
    "года, станет третьим этапом в серии мероприятий в рамках «Душанбинского процесса».</p>",
}

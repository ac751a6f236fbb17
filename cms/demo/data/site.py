"""Site settings and general pages: home, contact form and the About page."""

from .shared_texts import THEME_2022

SITE = {
    "name": {
        "en": "Dushanbe Counter-Terrorism Process",
        "ru": "Душанбинский процесс по противодействию терроризму",
        "tg": "Раванди Душанбе оид ба муқовимат ба терроризм",
        "ar": "عملية دوشنبه لمكافحة الإرهاب",
    },
    "address": {
        "en": "Dushanbe, Kokhi Somon",
        "ru": "Душанбе, Кохи Сомон",
        "tg": "Душанбе, Кохи Сомон",
        "ar": "دوشنبه، كاخي سومون",
    },
    "phone": "+992 (37) 227-68-43",
    "email": "informdepartment@mfa.tj",
    "social_links": [],
}

HOME = {
    "title": {
        "en": "Dushanbe Process",
        "ru": "Душанбинский процесс",
        "tg": "Раванди Душанбе",
        "ar": "عملية دوشنبه",
    },
    "hero_title": {
        "en": "The High-Level International Conference on",
        "ru": "Международная конференция высокого уровня на тему",
        "tg": "Конференсияи байналмилалии сатҳи баланд дар мавзӯи",
        "ar": "المؤتمر الدولي الرفيع المستوى بشأن",
    },
    "hero_subtitle": THEME_2022,
    "intro": {
        "en": (
            "<p>The High-Level International Conference on “International and Regional Border "
            "Security and Management Cooperation to Counter Terrorism and Prevent the Movement of "
            "Terrorists”.</p>"
        ),
        "ru": (
            "<p>Международная конференция высокого уровня «Международное и региональное "
            "сотрудничество в области безопасности и управления границами для противодействия "
            "терроризму и предотвращения передвижения террористов».</p>"
        ),
        "tg": (
            "<p>Конференсияи байналмилалии сатҳи баланд дар мавзӯи «Ҳамкории байналмилалӣ ва "
            "минтақавӣ дар соҳаи амният ва идоракунии сарҳад барои муқовимат ба терроризм ва "
            "пешгирии ҳаракати террористон».</p>"
        ),
        "ar": (
            "<p>المؤتمر الدولي الرفيع المستوى بشأن «التعاون الدولي والإقليمي في مجال أمن الحدود "
            "وإدارتها لمكافحة الإرهاب ومنع تنقل الإرهابيين».</p>"
        ),
    },
}

CONTACT = {
    "title": {"en": "Contact Us", "ru": "Свяжитесь с нами", "tg": "Тамос бо мо", "ar": "اتصل بنا"},
    "intro": {
        "en": "<p>We will try our best to respond to you via all channels.</p>",
        "ru": "<p>Мы постараемся ответить вам по всем каналам связи.</p>",
        "tg": "<p>Мо кӯшиш мекунем, ки ба шумо тавассути ҳамаи шабакаҳои алоқа ҷавоб диҳем.</p>",
        "ar": "<p>سنبذل قصارى جهدنا للرد عليكم عبر جميع القنوات.</p>",
    },
    "thank_you_text": {
        "en": "<p>Your message has been sent. Thank you!</p>",
        "ru": "<p>Ваше сообщение отправлено. Спасибо!</p>",
        "tg": "<p>Паёми шумо фиристода шуд. Ташаккур!</p>",
        "ar": "<p>تم إرسال رسالتك. شكراً لك!</p>",
    },
    "fields": [
        {
            "label": {"en": "Name", "ru": "Имя", "tg": "Ном", "ar": "الاسم"},
            "field_type": "singleline",
            "required": True,
        },
        {
            "label": {
                "en": "Email",
                "ru": "Электронная почта",
                "tg": "Почтаи электронӣ",
                "ar": "البريد الإلكتروني",
            },
            "field_type": "email",
            "required": True,
        },
        {
            "label": {"en": "Organisation", "ru": "Организация", "tg": "Ташкилот", "ar": "المنظمة"},
            "field_type": "singleline",
            "required": False,
        },
        {
            "label": {"en": "Message", "ru": "Сообщение", "tg": "Паём", "ar": "الرسالة"},
            "field_type": "multiline",
            "required": True,
        },
    ],
}

ABOUT = {
    "title": {
        "en": "About the Dushanbe Process",
        "ru": "О Душанбинском процессе",
        "tg": "Дар бораи Раванди Душанбе",
        "ar": "حول عملية دوشنبه",
    },
    "body": {
        "en": (
            "<p>This Conference is part of the “Dushanbe Process” launched in May 2018, when the "
            "first High-Level International Conference of the process on “Countering Terrorism and "
            "Preventing Violent Extremism” (Dushanbe, 3-4 May 2018) was jointly convened in "
            "partnership with the Government of the Republic of Tajikistan, UN entities, the OSCE "
            "and the EU. The UNOCT High-Level Conference of the process on “International and "
            "Regional Cooperation on Countering Terrorism and its Financing Through Illicit Drug "
            "Trafficking and Organized Crime” was convened on 16-17 May 2019 in Dushanbe.</p>"
            "<p>As a result of this international conference, along with the Dushanbe Declaration "
            'there was launched the "Dushanbe process" on Countering Terrorism and its Financing by '
            "the UN Under-Secretary-General for Counter-Terrorism Vladimir Voronkov. The Dushanbe "
            "Process became an important platform for a broad dialogue and exchange of best "
            "practices for all stakeholders.</p>"
            "<p>The planned High-Level International Conference on “International and Regional "
            "Border Security and Management Cooperation to Counter Terrorism and Prevent the "
            "Movement of Terrorists” in Dushanbe, Tajikistan on 18-19 October 2022 is the third "
            "milestone in a series of events within the “Dushanbe Process”.</p>"
        ),
        "ru": (
            "<p>Конференция является частью «Душанбинского процесса», начатого в мае 2018 года, "
            "когда первая Международная конференция высокого уровня в рамках процесса на тему "
            "«Противодействие терроризму и предупреждение насильственного экстремизма» (Душанбе, "
            "3–4 мая 2018 года) была созвана совместно с Правительством Республики Таджикистан, "
            "структурами ООН, ОБСЕ и ЕС. Конференция высокого уровня КТУ ООН в рамках процесса на "
            "тему «Международное и региональное сотрудничество в противодействии терроризму и его "
            "финансированию за счёт незаконного оборота наркотиков и организованной преступности» "
            "состоялась 16–17 мая 2019 года в Душанбе.</p>"
            "<p>По итогам этой международной конференции наряду с Душанбинской декларацией "
            "заместителем Генерального секретаря ООН по борьбе с терроризмом Владимиром Воронковым "
            "был дан старт «Душанбинскому процессу» по противодействию терроризму и его "
            "финансированию. Душанбинский процесс стал важной платформой для широкого диалога и "
            "обмена передовым опытом для всех заинтересованных сторон.</p>"
            "<p>Запланированная Международная конференция высокого уровня «Международное и "
            "региональное сотрудничество в области безопасности и управления границами для "
            "противодействия терроризму и предотвращения передвижения террористов», которая "
            "пройдёт в Душанбе (Таджикистан) 18–19 октября 2022 года, станет третьим этапом в "
            "серии мероприятий в рамках «Душанбинского процесса».</p>"
        ),
    },
}

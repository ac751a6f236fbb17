"""Venues of the 2022 conference and its cultural programme (rooms only for Kokhi Somon)."""

VENUES = [
    {
        "key": "kokhi-somon",
        "name": {"en": "Kokhi Somon", "ru": "Кохи Сомон", "tg": "Кохи Сомон", "ar": "كاخي سومون"},
        "address": {
            "en": "Dushanbe, Kokhi Somon",
            "ru": "Душанбе, Кохи Сомон",
            "tg": "Душанбе, Кохи Сомон",
            "ar": "دوشنبه، كاخي سومون",
        },
        "city": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "rooms": [
            {
                "key": "plenary-hall",
                "name": {
                    "en": "Plenary Hall",
                    "ru": "Пленарный зал",
                    "tg": "Толори ҷаласаҳои умумӣ",
                    "ar": "قاعة الجلسات العامة",
                },
            },
            {
                "key": "reception-hall",
                "name": {
                    "en": "Reception Hall",
                    "ru": "Зал приёмов",
                    "tg": "Толори қабулҳо",
                    "ar": "قاعة الاستقبال",
                },
            },
        ],
    },
    {
        "key": "opera-theatre",
        "name": {
            "en": "Opera and Ballet Theatre named after S. Aini",
            "ru": "Театр оперы и балета имени С. Айни",
            "tg": "Театри опера ва балети ба номи С. Айнӣ",
            "ar": "مسرح الأوبرا والباليه الذي يحمل اسم س. عيني",
        },
        "address": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "city": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "rooms": [],
    },
    {
        "key": "kohi-navruz",
        "name": {"en": "Kohki Navruz", "ru": "Кохи Навруз", "tg": "Кохи Наврӯз", "ar": "قصر نوروز"},
        "address": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "city": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "rooms": [],
    },
    {
        "key": "national-museum",
        "name": {
            "en": "National Museum of Tajikistan",
            "ru": "Национальный музей Таджикистана",
            "tg": "Осорхонаи миллии Тоҷикистон",
            "ar": "المتحف الوطني لطاجيكستان",
        },
        "address": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "city": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "rooms": [],
    },
    {
        "key": "flag-park",
        "name": {
            "en": "National Flag Park",
            "ru": "Парк Государственного флага",
            "tg": "Боғи Парчами давлатӣ",
            "ar": "حديقة العلم الوطني",
        },
        "address": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "city": {"en": "Dushanbe", "ru": "Душанбе", "tg": "Душанбе", "ar": "دوشنبه"},
        "country": {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "ar": "طاجيكستان"},
        "rooms": [],
    },
]

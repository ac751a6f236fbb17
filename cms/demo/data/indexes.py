"""Titles and slugs of the section pages that hold the seed content."""

SPEAKERS_INDEX = {
    "slug": "speakers",
    "title": {"en": "Speakers", "ru": "Докладчики", "tg": "Суханрониҳо", "ar": "المتحدثون"},
    "intro": {
        "en": "<p>Heads of State, ministers and heads of international organisations who spoke at the Dushanbe Process conferences.</p>",
        "ru": "<p>Главы государств, министры и руководители международных организаций, выступавшие на конференциях Душанбинского процесса.</p>",
    },
}

NEWS_INDEX = {
    "slug": "news",
    "title": {"en": "News", "ru": "Новости", "tg": "Хабарҳо", "ar": "الأخبار"},
    "intro": {"en": "<p>News and announcements.</p>", "ru": "<p>Новости и объявления.</p>"},
}

PRESS_INDEX = {
    "slug": "press-releases",
    "title": {"en": "Press releases", "ru": "Пресс-релизы", "tg": "Изҳороти матбуотӣ", "ar": "البيانات الصحفية"},
    "intro": {
        "en": "<p>Official press releases of the organisers.</p>",
        "ru": "<p>Официальные пресс-релизы организаторов.</p>",
    },
}

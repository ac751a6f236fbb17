import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from people.models import SpeakerPage
from tests.factories.home import OrganisationFactory
from tests.factories.people import SpeakerPageFactory

HEADER = "slug,name_en,name_ru,position_en,position_ru,organisation\n"


@pytest.fixture
def unoct(db):
    return OrganisationFactory(name="United Nations Office of Counter-Terrorism")


@pytest.fixture
def osce(db):
    return OrganisationFactory(name="Organization for Security and Co-operation in Europe")


def run_import(tmp_path, content, *args):
    path = tmp_path / "speakers.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    stdout = io.StringIO()
    call_command("import_speakers", str(path), *args, stdout=stdout)
    return stdout.getvalue()


def import_errors(tmp_path, content):
    with pytest.raises(CommandError) as raised:
        run_import(tmp_path, content)
    return str(raised.value).splitlines()


def speaker(parent, slug, **fields):
    return SpeakerPageFactory(parent=parent, slug=slug, slug_en=slug, **fields)


@pytest.fixture
def voronkov(speaker_index_page, unoct):
    return speaker(
        speaker_index_page,
        "vladimir-voronkov",
        title="Vladimir Voronkov",
        title_ru="Владимир Воронков",
        position="Under-Secretary-General",
        position_ru="Заместитель Генерального секретаря",
        organisation=unoct,
    )


@pytest.fixture
def hakala(speaker_index_page, osce):
    return speaker(
        speaker_index_page,
        "terhi-hakala",
        title="Terhi Hakala",
        title_ru="Терхи Хакала",
        position="Special Representative",
        position_ru="Специальный представитель",
        organisation=osce,
    )


def test_import_speakers_creates_updates_and_leaves_unchanged(tmp_path, voronkov, hakala, unoct, osce):
    content = HEADER + (
        "vladimir-voronkov,Vladimir Voronkov,Владимир Воронков,Under-Secretary-General,"
        "Заместитель Генерального секретаря,United Nations Office of Counter-Terrorism\n"
        "terhi-hakala,Terhi Hakala,Терхи Хакала,Special Representative,Спецпредставитель ЕС,"
        "United Nations Office of Counter-Terrorism\n"
        "ali-al-nuaimi,Ali Al Nuaimi,Али ан-Нуайми,Chairman,Председатель,\n"
    )

    output = run_import(tmp_path, content)

    assert output.splitlines() == [
        "speakers: 3/3 (100%)",
        "  unchanged vladimir-voronkov",
        "  update terhi-hakala: position_ru, organisation",
        "  create ali-al-nuaimi",
        "created 1, updated 1, unchanged 1",
    ]
    hakala = SpeakerPage.objects.get(pk=hakala.pk)
    assert (hakala.position_ru, hakala.organisation, hakala.live) == ("Спецпредставитель ЕС", unoct, True)
    assert hakala.has_unpublished_changes is False
    created = SpeakerPage.objects.get(slug_en="ali-al-nuaimi")
    assert created.get_parent().specific_class.__name__ == "SpeakerIndexPage"
    assert (created.title_en, created.title_ru, created.slug_ru) == ("Ali Al Nuaimi", "Али ан-Нуайми", "али-ан-нуайми")
    assert (created.live, created.organisation, created.revisions.count()) == (True, None, 1)


def test_import_speakers_writes_each_language_into_its_column(tmp_path, speaker_index_page, unoct):
    content = (
        "slug,name_en,name_ru,name_tg,name_ar,honorific_en,honorific_ru,honorific_tg,honorific_ar,"
        "position_en,position_ru,position_tg,position_ar,country_en,country_ar,organisation,bio_en,bio_ru\n"
        "vladimir-voronkov,Vladimir Voronkov,Владимир Воронков,Владимир Воронков,فلاديمير فورونكوف,"
        "H.E. Mr.,Е.П. г-н,Ҷаноби Олӣ,سعادة السيد,Under-Secretary-General,Заместитель,Муовин,وكيل الأمين العام,"
        "Russia,روسيا,United Nations Office of Counter-Terrorism,"
        'Diplomat & author.,"<p>Дипломат, <b>автор</b>.</p>"\n'
    )

    run_import(tmp_path, content)

    page = SpeakerPage.objects.get(slug_en="vladimir-voronkov")
    assert [page.title_en, page.title_ru, page.title_tg, page.title_ar] == [
        "Vladimir Voronkov",
        "Владимир Воронков",
        "Владимир Воронков",
        "فلاديمير فورونكوف",
    ]
    assert [page.honorific_en, page.honorific_ru, page.honorific_tg, page.honorific_ar] == [
        "H.E. Mr.",
        "Е.П. г-н",
        "Ҷаноби Олӣ",
        "سعادة السيد",
    ]
    assert [page.position_en, page.position_ru, page.position_tg, page.position_ar] == [
        "Under-Secretary-General",
        "Заместитель",
        "Муовин",
        "وكيل الأمين العام",
    ]
    assert [page.country_en, page.country_ru, page.country_ar] == ["Russia", None, "روسيا"]
    assert page.organisation == unoct
    assert [page.biography_en, page.biography_ru, page.biography_tg] == [
        "<p>Diplomat &amp; author.</p>",
        "<p>Дипломат, <b>автор</b>.</p>",
        None,
    ]


def test_import_speakers_twice_is_all_unchanged(tmp_path, speaker_index_page, unoct):
    content = (
        "slug,name_en,name_ru,honorific_en,organisation,bio_en\n"
        "vladimir-voronkov,Vladimir Voronkov,Владимир Воронков,H.E.,United Nations Office of Counter-Terrorism,"
        "A diplomat.\n"
        "terhi-hakala,Terhi Hakala,,,,\n"
    )
    run_import(tmp_path, content)
    revisions = Revision.objects.count()

    output = run_import(tmp_path, content)

    assert output.splitlines()[1:] == [
        "  unchanged vladimir-voronkov",
        "  unchanged terhi-hakala",
        "created 0, updated 0, unchanged 2",
    ]
    assert Revision.objects.count() == revisions


def test_import_speakers_dry_run_writes_nothing(tmp_path, voronkov, hakala):
    content = HEADER + (
        "vladimir-voronkov,Vladimir Voronkov,Владимир Воронков,Under-Secretary-General,"
        "Заместитель Генерального секретаря,United Nations Office of Counter-Terrorism\n"
        "terhi-hakala,Terhi Hakala (EU),Терхи Хакала,Special Representative,Спецпредставитель ЕС,\n"
        "ali-al-nuaimi,Ali Al Nuaimi,,,,\n"
    )
    pages, revisions = Page.objects.count(), Revision.objects.count()

    output = run_import(tmp_path, content, "--dry-run")

    assert output.splitlines() == [
        "  unchanged vladimir-voronkov",
        "  update terhi-hakala: name_en, position_ru, organisation",
        "  create ali-al-nuaimi",
        "dry run, nothing written: would create 1, update 1, unchanged 1",
    ]
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    assert SpeakerPage.objects.get(pk=hakala.pk).title_en == "Terhi Hakala"


def test_import_speakers_leaves_fields_of_absent_columns_alone(tmp_path, voronkov):
    output = run_import(tmp_path, "slug,name_en\nvladimir-voronkov,Vladimir Voronkov\n")

    assert output.splitlines()[-1] == "created 0, updated 0, unchanged 1"
    assert SpeakerPage.objects.get(pk=voronkov.pk).position_ru == "Заместитель Генерального секретаря"


def test_import_speakers_lists_every_row_error_and_writes_nothing(tmp_path, voronkov, unoct):
    content = HEADER + (
        "vladimir-voronkov,,,,,Foo\n"
        ",Nobody,,,,\n"
        "terhi-hakala,Terhi Hakala,,," + "x" * 256 + ",\n"
        "terhi-hakala,Terhi Hakala,,,,\n"
        "Terhi Hakala,Terhi Hakala,,,,\n"
    )
    pages, revisions = Page.objects.count(), Revision.objects.count()

    errors = import_errors(tmp_path, content)

    assert errors == [
        "Nothing was imported, 6 problem(s):",
        'row 2 (slug "vladimir-voronkov"): name_en is empty',
        'row 2 (slug "vladimir-voronkov"): organisation "Foo" does not exist',
        "row 3: slug is empty",
        'row 4 (slug "terhi-hakala"): position_ru is 256 characters, longer than 255',
        'row 5 (slug "terhi-hakala"): slug "terhi-hakala" appears again (first in row 4)',
        'row 6 (slug "Terhi Hakala"): slug "Terhi Hakala" is not a valid slug (letters, numbers, hyphens, underscores)',
    ]
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    assert SpeakerPage.objects.get(pk=voronkov.pk).title_en == "Vladimir Voronkov"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", ["the file is empty"]),
        (b"\n  \n", ["the file is empty"]),
        (b"slug,name_en\n\n", ["the file has a header but no speaker rows"]),
        (
            b"slug,name_en,position_fr,Name\nx,X,,\n",
            ['unknown column "position_fr"', 'unknown column "Name"'],
        ),
        (b"slug,name_ru,name_ru\nx,X,X\n", ['the column "name_ru" appears twice', 'missing column "name_en"']),
        (
            "slug,name_en\nx,X\n".encode("utf-16"),
            ["the file is UTF-16; save it as \u201cCSV UTF-8\u201d"],
        ),
        (
            "slug,name_en\nx,Jos\u00e9\n".encode("latin-1"),
            ["the file is not UTF-8 (byte 0xe9 on line 2); save it as \u201cCSV UTF-8\u201d"],
        ),
        (
            b"slug,name_en\n" + b"s" * 256 + b",X\n",
            ['row 2 (slug "' + "s" * 256 + '"): slug is 256 characters, longer than 255'],
        ),
        (b"slug,name_en\nx,X,extra\n", ['row 2 (slug "x"): has 3 cells, the header has 2']),
        (
            b"slug,name_en,bio_en\nx,X,<p>Unclosed <b>bold</p>\n",
            ['row 2 (slug "x"): bio_en: <b> is not closed'],
        ),
    ],
)
def test_import_speakers_rejects_a_bad_file(tmp_path, speaker_index_page, content, expected):
    pages = Page.objects.count()

    errors = import_errors(tmp_path, content)

    assert errors == [f"Nothing was imported, {len(expected)} problem(s):", *expected]
    assert Page.objects.count() == pages


def test_import_speakers_accepts_a_utf8_byte_order_mark(tmp_path, speaker_index_page):
    output = run_import(tmp_path, "\ufeffslug,name_en\nterhi-hakala,Terhi Hakala\n".encode())

    assert output.splitlines()[-1] == "created 1, updated 0, unchanged 0"


def test_import_speakers_refuses_a_page_with_unpublished_changes(tmp_path, voronkov):
    voronkov.position_ru = "Черновик"
    voronkov.save_revision()

    errors = import_errors(tmp_path, "slug,name_en\nvladimir-voronkov,Vladimir Voronkov\n")

    assert errors == [
        "Nothing was imported, 1 problem(s):",
        'row 2 (slug "vladimir-voronkov"): the page has unpublished changes in the admin; '
        "publish or discard them first",
    ]


def test_import_speakers_needs_the_speakers_index(tmp_path, home_page):
    errors = import_errors(tmp_path, "slug,name_en\nterhi-hakala,Terhi Hakala\n")

    assert errors == [
        "Nothing was imported, 1 problem(s):",
        "there is no speakers index page; create it in the admin first",
    ]

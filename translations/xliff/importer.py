"""Import a translated XLIFF file: validate everything, then write in one transaction."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page
from wagtail.permissions import policy_registry

from cms.languages import default_language, language_codes

from .export import XLIFF_12, Xliff12File
from .safety import UnsafeXml, parse_safely, rich_text_problems
from .streams import align, stored_form, with_texts
from .units import UnitLookupError, find_object, load_objects, model_label, object_units

# A refused file lists at most this many problems, then how many more: a hostile or
# mistaken file of 50,000 bad units must not become a 50,000-line page.
MAX_PROBLEMS_LISTED = 100


class XliffImportError(Exception):
    """The file cannot be imported; `errors` lists the problems (MAX_PROBLEMS_LISTED at most), naming the units.

    `count` is the number of problems found, listed or not.
    """

    def __init__(self, errors):
        errors = list(errors)
        self.count = len(errors)
        self.errors = errors[:MAX_PROBLEMS_LISTED]
        if self.count > MAX_PROBLEMS_LISTED:
            self.errors.append(f"... and {self.count - MAX_PROBLEMS_LISTED} more problems, not listed")
        super().__init__("\n".join(self.errors))


@dataclass
class ImportReport:
    language: str
    units_in_file: int = 0
    changed_units: list[str] = field(default_factory=list)
    saved: Counter = field(default_factory=Counter)  # model label -> objects saved
    drafts: list[str] = field(default_factory=list)  # pages that got a new draft revision
    saved_directly: list[str] = field(default_factory=list)  # snippets, images... saved as they are

    def summary(self):
        per_model = ", ".join(f"{label}: {count}" for label, count in sorted(self.saved.items())) or "nothing"
        return (
            f"{len(self.changed_units)} of {self.units_in_file} units changed in {self.language!r}; saved {per_model}"
        )


def _check_document(data):
    """The target language of a safe, well-formed XLIFF 1.2 document from English."""
    root = parse_safely(data)
    if root.tag != f"{{{XLIFF_12}}}xliff" or root.get("version") != "1.2":
        raise XliffImportError(["the file is not XLIFF 1.2"])
    files = root.findall(f"{{{XLIFF_12}}}file")
    if not files:
        raise XliffImportError(["the file has no <file> element"])
    errors = []
    targets = {f.get("target-language") for f in files}
    sources = {f.get("source-language") for f in files}
    if sources != {default_language()}:
        errors.append(f"source-language must be {default_language()!r}, not {', '.join(map(str, sources))}")
    allowed = set(language_codes()) - {default_language()}
    if len(targets) != 1 or not targets <= allowed:
        found = ", ".join(map(str, sorted(targets, key=str)))
        errors.append(f"target-language {found} is not one of {', '.join(sorted(allowed))}")
    if errors:
        raise XliffImportError(errors)
    return targets.pop()


def _unit_problems(unit, target):
    if unit.unwritable:
        return [unit.unwritable]
    if unit.is_rich_text:
        return rich_text_problems(target, unit.features)
    if unit.max_length and len(target) > unit.max_length:
        return [f"the translation is longer than {unit.max_length} characters"]
    return []


def may_edit(user, obj):
    """Whether `user` may change `obj`: a page through page permissions, images and documents
    through their collections, snippets and settings through their model permissions."""
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(obj))
    return policy.user_has_permission_for_instance(user, "change", obj)


def _check_unit(xliff_unit, language, state):
    """`(errors, change)` for one unit of the file; change is `(unit, target)` or None."""
    uid = xliff_unit.xmlelement.get("id") or ""
    if uid in state["seen"]:
        return [f"{uid}: the unit appears twice"], None
    state["seen"].add(uid)
    try:
        obj = find_object(uid, state["objects"])
    except UnitLookupError as error:
        return [f"{uid or '(no id)'}: unknown unit, {error}"], None
    known = state["known"]
    if id(obj) not in known:
        known[id(obj)] = {unit.unit_id: unit for unit in object_units(obj, language)}
    unit = known[id(obj)].get(uid)
    if unit is None:
        return [f"{uid}: unknown unit, the text no longer exists or is empty in English"], None
    if (xliff_unit.source or "") != unit.source:
        return [f"{uid}: conflict, the English text changed since the export"], None
    target = xliff_unit.target or ""
    if not target.strip() or target == unit.target:
        return [], None
    problems = _unit_problems(unit, target)
    if problems:
        return [f"{uid}: {problem}" for problem in problems], None
    user = state["user"]
    if user is not None:
        allowed = state["allowed"]
        if id(obj) not in allowed:
            allowed[id(obj)] = may_edit(user, obj)
        if not allowed[id(obj)]:
            return [f"{uid}: you may not edit {model_label(type(obj))} {obj.pk} ({obj})"], None
    return [], (unit, target)


def validate(data, progress=None, user=None):
    """`(language, units in file, [(unit, target), ...] to write)`; raises XliffImportError.

    With a `user`, a change to an object they may not edit is an error too.
    """
    try:
        language = _check_document(data)
    except UnsafeXml as error:
        raise XliffImportError([str(error)]) from None
    store = Xliff12File.parsestring(data)
    state = {"objects": {}, "known": {}, "seen": set(), "user": user, "allowed": {}}
    errors, accepted = [], []
    xliff_units = [u for u in store.units if not u.isheader()]
    load_objects((u.xmlelement.get("id") or "" for u in xliff_units), state["objects"])
    for done, xliff_unit in enumerate(xliff_units, start=1):
        problems, change = _check_unit(xliff_unit, language, state)
        errors.extend(problems)
        if change:
            accepted.append(change)
        if progress:
            progress(done, len(xliff_units), "units")
    if errors:
        raise XliffImportError(errors)
    return language, len(xliff_units), accepted


def _write_changes(changes, language):
    """Set the new texts on the objects in memory; return {id(instance): (instance, changed columns)}."""
    streams = defaultdict(dict)  # (id(instance), field) -> {path: text}
    written = {}
    for unit, target in changes:
        column = build_localized_fieldname(unit.field, language)
        written.setdefault(id(unit.instance), (unit.instance, set()))[1].add(column)
        if unit.path:
            streams[(id(unit.instance), unit.field)][unit.path] = target
        else:
            setattr(unit.instance, column, target)
    for (instance_id, field_name), texts in streams.items():
        instance = written[instance_id][0]
        stream_block = instance._meta.get_field(field_name).stream_block
        english = stored_form(getattr(instance, build_localized_fieldname(field_name, default_language())))
        column = build_localized_fieldname(field_name, language)
        current = align(stream_block, english, stored_form(getattr(instance, column)))
        setattr(instance, column, with_texts(stream_block, english, current, texts))
    return written


def apply(language, accepted, report, user=None):
    """Write `accepted` changes in one transaction.

    A page (with its inline rows) gets a new draft revision and stays as published;
    anything else is saved directly, its inline rows one by one, with only the changed
    columns, so the translation signals record the English each translation was made from.
    """
    per_object = defaultdict(list)
    for unit, target in accepted:
        per_object[id(unit.obj)].append((unit, target))
        report.changed_units.append(unit.unit_id)
    with transaction.atomic():
        for changes in per_object.values():
            obj = changes[0][0].obj
            written = _write_changes(changes, language)
            if isinstance(obj, Page):
                obj.save_revision(user=user, log_action=True)
                report.drafts.append(f"{obj.get_admin_display_title()} ({model_label(type(obj))} {obj.pk})")
            else:
                for instance, columns in written.values():
                    instance.save(update_fields=sorted(columns))
                report.saved_directly.append(f"{obj} ({model_label(type(obj))} {obj.pk})")
            report.saved[model_label(type(obj))] += 1


def import_xliff(data, progress=None, user=None):
    """Validate the XLIFF bytes `data` completely, then apply them; return an ImportReport.

    Raises XliffImportError (and writes nothing) when any unit has a problem. With a
    `user` (the admin upload), their permissions are checked and the drafts are theirs.
    """
    with translation.override(default_language()):
        language, count, accepted = validate(data, progress=progress, user=user)
        report = ImportReport(language=language, units_in_file=count)
        apply(language, accepted, report, user=user)
    return report

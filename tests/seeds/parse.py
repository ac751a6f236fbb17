"""Reads facts out of the seed documents, independently of the demo data modules."""

import re
from pathlib import Path

SEEDS = Path(__file__).parent
SITE = next(SEEDS.glob("000_*.txt"))
PRESS_RELEASE = next(SEEDS.glob("001_*.txt"))
NEWS_ARTICLE = next(SEEDS.glob("004_*.txt"))


def _lines(path):
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def speakers():
    """[(name, position)] from the "Speaker N / name / position" triples of the site."""
    lines = _lines(SITE)
    return [(lines[i + 1], lines[i + 2]) for i, line in enumerate(lines) if re.fullmatch(r"Speaker \d+", line)]


def programme():
    """[(session title, [key issues])] in the site's order, cultural programme included."""
    lines = _lines(SITE)
    start = next(i for i, line in enumerate(lines) if line.startswith("Voluptatem")) + 1
    end = lines.index("News And Announcement")
    sessions = []
    for line in lines[start:end]:
        if line == "Key issues to be addressed:":
            continue
        if line.startswith("•"):
            sessions[-1][1].append(line.removeprefix("•").strip())
        else:
            sessions.append((line, []))
    return sessions


def media_contacts():
    """The press release's contact lines, e.g. "Laurence Gerard, Public Information, ... (gerardl@un.org)"."""
    lines = _lines(PRESS_RELEASE)
    start = lines.index("For any queries, please contact") + 1
    return [line.removeprefix("- ") for line in lines[start:] if line.startswith("- ")]


def emails(text):
    return re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)

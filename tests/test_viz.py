"""`kg viz`: the graph read for pictures, the interactive page in a real headless Chromium (offline, no
console errors, nodes shown, details on click, filters), and the PNG/SVG pictures."""
from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.errors import UsageError
from kg.rdf.graphview import read_view
from kg.viz import write

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "query_fixture.ttl"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
KGD = "https://w3id.org/newskg/id/"
HOSTILE = """@prefix schema: <https://schema.org/> .
<https://w3id.org/newskg/id/person/x> a schema:Person ;
    schema:name "</script><script>alert(1)</script><b>Bold & Co</b>" .
"""


def test_view_of_the_fixture() -> None:
    view = read_view(FIXTURE)
    kinds = [n.kind for n in view.nodes]
    assert {k: kinds.count(k) for k in set(kinds)} == {"Person": 6, "Organization": 2, "Country": 3, "Place": 3,
                                                      "Meeting": 3}
    nodes = view.index()
    trump = nodes[KGD + "person/donald-trump"]
    assert trump.titles == ("President",) and trump.names == ("Trump", "the president")
    assert trump.affiliations == ("United States",) and trump.nationalities == ("United States",)
    assert trump.sentences == ("Trump and Kim first met in Singapore.",
                               "President Donald Trump said the talks were good.")
    assert len(trump.quotes) == 2
    hanoi = nodes[KGD + "meeting/m3"]
    assert (hanoi.start, hanoi.status, hanoi.location, hanoi.label) == ("2019-02", "Planned", "Hanoi", "2019-02 · Hanoi")
    assert hanoi.sentences == ("The leaders will meet again in Hanoi in February.",)
    assert [m.start for m in view.meetings] == ["2018-06-12", "2019-01-18", "2019-02"]
    assert {(e.kind) for e in view.edges} == {"attendee", "location", "affiliation", "nationality"}


def test_png_and_svg(tmp_path: Path) -> None:
    view = read_view(FIXTURE)
    for timeline in (False, True):
        png, svg = tmp_path / f"g{timeline}.png", tmp_path / f"g{timeline}.svg"
        write(view, png, timeline=timeline)
        write(view, svg, timeline=timeline)
        data = png.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5000
        root = ET.parse(svg).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        labels = {"".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")}
        assert {"Donald Trump", "Kim Jong Un", "Moon Jae-in"} <= labels
        if not timeline:
            assert {"2019-02 · Hanoi", "White House", "South Korea"} <= labels
    again = tmp_path / "again.svg"
    write(view, again)
    assert again.read_bytes() == (tmp_path / "gFalse.svg").read_bytes()


def test_unknown_picture_type(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"unknown picture type '\.gif'; use one of \.html, \.png, \.svg"):
        write(read_view(FIXTURE), tmp_path / "x.gif")


def test_page_is_self_contained(tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    write(read_view(FIXTURE), page)
    text = page.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
    same = tmp_path / "same.html"
    write(read_view(FIXTURE), same)
    assert same.read_bytes() == page.read_bytes()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("Debian chromium is not installed and could not be (run .ci/setup-system as root)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip package playwright is not installed")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
                                     args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Page:
    """A page opened from a file, with every request and console message recorded; non-file requests fail."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.page.route("**/*", self._route)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def visible(self, selector: str) -> int:
        return int(self.page.locator(selector).evaluate_all("els => els.filter(e => e.getClientRects().length > 0).length"))

    def details(self) -> str:
        return str(self.page.inner_text("#details"))


def test_page_in_chromium(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    write(read_view(FIXTURE), path, title="Fixture graph")
    view = Page(browser, path)
    page = view.page
    assert page.title() == "Fixture graph"
    assert view.visible("g.node") == 17
    assert view.visible("line.edge") == 17  # 21 ties, 4 of them affiliation and nationality to one country
    assert page.inner_text("#count") == "17 of 17 nodes"

    page.click(f'g.node[data-id="{KGD}person/donald-trump"]')
    text = view.details()
    for expected in ("Donald Trump", "Trump", "President", "United States", "2018-06-12 · Singapore [Held]",
                     "2019-02 · Hanoi [Planned] with Kim Jong Un, Moon Jae-in",
                     "Trump and Kim first met in Singapore.", "We had a very productive time together.", "a2.txt"):
        assert expected in text, expected
    page.screenshot(path=str(tmp_path / "network.png"))

    page.click("#details a:has-text('2019-02 · Hanoi')")  # a meeting from the person's panel
    assert "The leaders will meet again in Hanoi in February." in view.details()
    assert "Moon Jae-in" in view.details()

    page.uncheck("#filter-Person")
    assert view.visible("g.node[data-kind='Person']") == 0
    assert view.visible("g.node") == 11
    page.check("#filter-Person")
    page.fill("#date-from", "2019-01-01")
    assert view.visible(f'g.node[data-id="{KGD}meeting/m1"]') == 0
    assert view.visible(f'g.node[data-id="{KGD}meeting/m3"]') == 1
    page.fill("#date-to", "2019-01-31")
    assert view.visible("g.node[data-kind='Meeting']") == 1
    page.click("#reset")
    assert view.visible("g.node") == 17

    page.click("#tab-timeline")
    assert view.visible("g.node") == 0
    assert view.visible("g.tl-meeting") == 3
    page.click(f'g.tl-meeting[data-id="{KGD}meeting/m2"]')
    assert "Secretary of State Mike Pompeo met Kim Yong Chol in Washington on Friday." in view.details()
    page.screenshot(path=str(tmp_path / "timeline.png"))

    assert view.errors == []
    assert all(url.startswith("file://") for url in view.requests), view.requests
    assert len(view.requests) == 1


def test_page_opens_on_the_timeline(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "timeline.html"
    write(read_view(FIXTURE), path, timeline=True)
    view = Page(browser, path)
    assert view.page.get_attribute("#tab-timeline", "aria-selected") == "true"
    assert view.visible("g.tl-meeting") == 3
    assert view.errors == []


def test_page_escapes_names_and_copes_without_meetings(browser: Any, tmp_path: Path) -> None:
    source = tmp_path / "hostile.ttl"
    source.write_text(HOSTILE, encoding="utf-8")
    path = tmp_path / "hostile.html"
    write(read_view(source), path, timeline=True)
    view = Page(browser, path)
    assert "No dated meetings" in str(view.page.text_content("#timeline"))
    view.page.click("#tab-network")
    view.page.click("g.node")
    assert "</script><script>alert(1)</script><b>Bold & Co</b>" in view.details()
    assert view.dialogs == [] and view.errors == []


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    assert main(["viz", str(FIXTURE), "-o", str(tmp_path / "g.svg")]) == 0
    assert "14 entities, 3 meetings" in capsys.readouterr().err
    assert main(["viz", str(FIXTURE), "-o", str(tmp_path / "g.gif")]) == 2
    assert "unknown picture type" in capsys.readouterr().err
    assert main(["viz", str(tmp_path / "none.ttl"), "-o", str(tmp_path / "g.html")]) == 1
    assert "none.ttl: no such file or folder" in capsys.readouterr().err

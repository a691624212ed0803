"""The HTML pages. Each is a static shell (layout + one fragment); its script fills it
from the JSON API, so every page has a JSON twin and no data is ever templated into HTML.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from fastapi import APIRouter
from starlette.responses import Response

# (path, page name, nav label, title); the order is the navigation's.
PAGES = (
    ("/", "overview", "Overview", "Overview"),
    ("/events", "events", "Events", "Events"),
    ("/network", "network", "Network", "Network"),
    ("/claims", "claims", "Claims", "Claims"),
    ("/code", "code", "Code a story", "Code a story"),
)
_NO_CACHE = {"cache-control": "no-cache"}


def _read(name: str) -> str:
    return resources.files("tidings.web").joinpath("templates", name).read_text(encoding="utf-8")


def _nav(active: str) -> str:
    links = []
    for path, name, label, _ in PAGES:
        current = ' aria-current="page" class="active"' if name == active else ""
        links.append(f'<a href="{path}"{current}>{label}</a>')
    links.append('<a href="/docs">API</a>')
    return "\n      ".join(links)


_INCLUDE = re.compile(r"\{\{include:([A-Za-z0-9_]+\.html)\}\}\n?")


def _fragment(name: str) -> str:
    # Fragments shared by several pages (filter fields, pager, story view) are included by name.
    return _INCLUDE.sub(lambda m: _read(m.group(1)), _read(name))


@cache
def render(name: str, title: str) -> bytes:
    """The page's HTML; built once per process (the shells hold no data)."""
    html = (
        _read("layout.html")
        .replace("{{title}}", title)
        .replace("{{page}}", name)
        .replace("{{nav}}", _nav(name))
        .replace("{{body}}", _fragment(f"{name}.html"))
    )
    return html.encode("utf-8")


def _page(name: str, title: str) -> Response:
    return Response(render(name, title), media_type="text/html; charset=utf-8", headers=_NO_CACHE)


router = APIRouter(include_in_schema=False)


def _bind(name: str, title: str):
    # A closure, not default arguments: FastAPI would expose defaults as query parameters.
    def view() -> Response:
        return _page(name, title)

    return view


for _path, _name, _label, _title in PAGES:
    router.add_api_route(_path, _bind(_name, _title), methods=["GET"], name=f"page_{_name}")


@router.get("/stories/{story_id:path}", name="page_story")
def story_page(story_id: str) -> Response:
    # The id is read by the page's script from the URL; it is never written into the HTML.
    return _page("story", "Story")


@router.get("/docs", name="api_docs")
def docs_page() -> Response:
    return Response(_read("docs.html").encode("utf-8"), media_type="text/html; charset=utf-8",
                    headers=_NO_CACHE)


@router.get("/favicon.ico", name="favicon")
def favicon() -> Response:
    data = resources.files("tidings.web").joinpath("static", "img", "favicon.svg").read_bytes()
    return Response(data, media_type="image/svg+xml", headers={"cache-control": "max-age=86400"})

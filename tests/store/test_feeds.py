"""RSS and Atom feed files as stories."""

from __future__ import annotations

from tidings.store.feeds import html_to_text, is_feed, iter_feed

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastal Times</title>
<item>
  <guid isPermaLink="false">ct-2024-0311-01</guid>
  <link>https://coastal.example/news/port-talks</link>
  <title>Port talks resume</title>
  <pubDate>Mon, 11 Mar 2024 08:30:00 GMT</pubDate>
  <description>&lt;p&gt;Kenya and Tanzania &lt;b&gt;resumed talks&lt;/b&gt; on the shared port on Monday.&lt;/p&gt;&lt;p&gt;Officials expect a deal by June.&lt;/p&gt;</description>
</item>
<item>
  <link>https://coastal.example/news/fishing</link>
  <title>Fishing ban</title>
  <description>Somalia banned foreign trawlers from its waters.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Alpine Wire</title>
<entry>
  <id>tag:alpine.example,2024:77</id>
  <title>Border crossing reopened</title>
  <link href="https://alpine.example/77"/>
  <published>2024-04-02T06:00:00Z</published>
  <content type="html">&lt;p&gt;Austria reopened the border crossing with Slovenia after a week of checks.&lt;/p&gt;</content>
</entry>
</feed>
"""


def test_rss_entries_become_stories_with_guid_date_source_and_plain_text(tmp_path):
    path = tmp_path / "coastal.xml"
    path.write_text(RSS, encoding="utf-8")
    assert is_feed(path)
    first, second = list(iter_feed(path))
    assert first.id == "ct-2024-0311-01"
    assert first.date == "2024-03-11"
    assert first.source == "Coastal Times" and first.title == "Port talks resume"
    assert first.url == "https://coastal.example/news/port-talks"
    assert "<" not in first.text and "resumed talks" in first.text and "by June" in first.text
    assert second.id == "https://coastal.example/news/fishing" and second.date is None
    assert second.text == "Somalia banned foreign trawlers from its waters."


def test_atom_entries_use_id_published_and_content(tmp_path):
    path = tmp_path / "alpine.atom"
    path.write_text(ATOM, encoding="utf-8")
    [entry] = list(iter_feed(path))
    assert entry.id == "tag:alpine.example,2024:77"
    assert entry.date == "2024-04-02"
    assert entry.text == "Austria reopened the border crossing with Slovenia after a week of checks."


def test_a_headline_only_entry_is_coded_from_its_title(tmp_path):
    path = tmp_path / "headlines.rss"
    path.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Briefs</title>
        <item><link>https://briefs.example/1</link><title>Ghana recalls its envoy to Togo</title></item>
        </channel></rss>""", encoding="utf-8")
    [entry] = list(iter_feed(path))
    assert entry.text == "Ghana recalls its envoy to Togo" and entry.id == "https://briefs.example/1"


def test_non_feed_files_are_not_taken_for_feeds(tmp_path):
    page = tmp_path / "page.xml"
    page.write_text("<html><body><p>Not a feed.</p></body></html>", encoding="utf-8")
    text = tmp_path / "story.txt"
    text.write_text("Chile and Peru signed a fisheries accord.", encoding="utf-8")
    assert not is_feed(page) and not is_feed(text) and not is_feed(tmp_path)


def test_html_to_text_keeps_paragraphs_apart():
    assert html_to_text("<p>One &amp; two.</p><p>Three.</p>") == "One & two.\n\nThree."

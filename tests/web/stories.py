"""Stories written for the web tests (our own text, realistic news style)."""

from __future__ import annotations

from tidings.records import Story

XSS_TITLE = 'Ministers meet <script>window.__pwned = 1</script> in Geneva'
XSS_TEXT = (
    "Germany accused Russia on Monday of jamming satellite signals over the Baltic Sea. "
    'A note attached to the report read <img src=x onerror="window.__pwned=2"> and '
    "<script>window.__pwned=3</script> but officials did not comment on it."
)

STORIES = [
    Story(
        id="web-arms",
        date="2024-09-10",
        title="Washington and London accuse Tehran of arming Moscow",
        source="Test Wire",
        text=(
            "The United States accused Iran on Tuesday of shipping ballistic missiles to Russia "
            "for use in Ukraine. Iran denied the accusation and called it baseless.\n\n"
            "Britain said it would impose new sanctions on Iranian airlines in response. "
            "Ukraine's foreign minister urged European governments to send more air defence systems."
        ),
    ),
    Story(
        id="web-border",
        date="2024-10-02",
        title="Armenia and Azerbaijan trade charges over shelling",
        source="Test Wire",
        text=(
            "Armenia accused Azerbaijan of shelling villages near the border on Tuesday. "
            "Azerbaijan denied the claim and said its troops had only returned fire. "
            "The European Union called on both governments to resume talks."
        ),
    ),
    Story(
        id="web-aid",
        date="2024-11-14",
        title="Japan pledges aid to the Philippines after typhoon",
        source="Test Herald",
        text=(
            "Japan pledged emergency aid to the Philippines on Thursday after a typhoon flooded "
            "much of Luzon. The Philippine president thanked Tokyo and met the Japanese ambassador in Manila."
        ),
    ),
    Story(
        id="web-protest",
        date="2024-12-03",
        title="Thousands protest in Tbilisi",
        source="Test Herald",
        text=(
            "Thousands of protesters rallied in Tbilisi on Tuesday against the government's decision "
            "to suspend talks with the European Union. Police arrested dozens of demonstrators, "
            "and the United States condemned the crackdown."
        ),
    ),
]
XSS = Story(id="web-xss", date="2024-12-09", title=XSS_TITLE, source="Test Wire", text=XSS_TEXT)

# A story stored with exact, hand-written records (through the store's ``store_coded``), so
# the tests can count on claim statuses, materiel and spans whatever the coder finds.
KNOWN = Story(
    id="web-known",
    date="2024-09-12",
    title="Drone parts: Seoul says Pyongyang supplied Moscow",
    source="Test Wire",
    text=(
        "South Korea accused North Korea on Thursday of sending artillery shells to Russia. "
        "North Korea denied it. Japan imposed sanctions on North Korean shipping firms."
    ),
)


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def xss_events():
    """One ACCUSE event in the markup story, so its page highlights spans next to the markup."""
    from tidings.records import Entity, Event, TextInfo

    t = XSS.text
    end = t.index("Sea.") + 4
    a = t.index("accused")
    return [Event(
        id="web-xss-accuse", story_id=XSS.id, date=XSS.date, event="ACCUSE",
        actor=[Entity(code="DEU", sector=None, entity_text="Germany", start=0, end=7)],
        recipient=[Entity(code="RUS", sector=None, entity_text="Russia", start=t.index("Russia"),
                          end=t.index("Russia") + 6)],
        event_text="accused", event_text_start=a, event_text_end=a + 7, text=t[:end],
        text_info=TextInfo(0, 0, end), quad_code=3, event_scale=-3.0,
        coder={"name": "web-tests", "version": "1"},
    )]


def known_events():
    from tidings.records import Claim, Entity, Event, Materiel, TextInfo

    t = KNOWN.text
    s1 = (0, t.index(". ") + 1)
    s2 = (s1[1] + 1, t.index("it.") + 3)
    s3 = (s2[1] + 1, len(t))

    def ent(code: str, needle: str, after: int = 0) -> Entity:
        a, b = _span(t, needle, after)
        return Entity(code=code, sector="GOV", entity_text=needle, start=a, end=b)

    def ev(eid, event, actor, recipient, trigger, sent, seq, **kw) -> Event:
        a, b = _span(t, trigger, sent[0])
        return Event(id=eid, story_id=KNOWN.id, date=KNOWN.date, event=event, actor=actor,
                     recipient=recipient, event_text=trigger, event_text_start=a, event_text_end=b,
                     text=t[sent[0]:sent[1]], text_info=TextInfo(seq, sent[0], sent[1]),
                     coder={"name": "web-tests", "version": "1"}, confidence=0.9, **kw)

    return [
        ev("web-known-accuse", "ACCUSE", [ent("KOR", "South Korea")], [ent("PRK", "North Korea")],
           "accused", s1, 0, quad_code=3, event_scale=-3.0),
        ev("web-known-aid", "AID", [ent("PRK", "North Korea")], [ent("RUS", "Russia")], "sending", s1, 0,
           quad_code=2, event_scale=10.0,
           claim=Claim(status="contested", by=[ent("KOR", "South Korea")],
                       denied_by=[ent("PRK", "North Korea", s2[0])], cues=["accused", "denied"]),
           materiel=[Materiel(text="artillery shells", category="artillery_ammunition",
                              start=t.index("artillery shells"),
                              end=t.index("artillery shells") + len("artillery shells"))]),
        ev("web-known-sanction", "SANCTION", [ent("JPN", "Japan")], [ent("PRK", "North Korean", s3[0])],
           "imposed sanctions", s3, 2, quad_code=4, event_scale=-6.0),
    ]

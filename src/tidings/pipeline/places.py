"""Stage 'places': where each event happened, from locative phrases in the event's clause.

"in Kharkiv", "at the White House", "near Donetsk", "on the outskirts of Kyiv", "to
Kyiv" (only for visits and movements: for "shipped missiles to Russia", Russia is the
recipient, not the place) and the object of place verbs ("visited Kyiv", "struck
Kharkiv"). The nearest phrase that resolves wins. Resolution (gazetteer.py) prefers
a namesake in the country of the event's actors/recipients, then of the story's
actors, otherwise the most populous only when clearly dominant; ambiguous or
unknown names leave the place null. The gazetteer loads on the first phrase seen.
"""

from __future__ import annotations

from .base import Candidate, StoryContext, parse
from .gazetteer import Gazetteer, gazetteer, places_knowledge
from .scope import antecedents, attachment_heads, event_heads, event_scope, secondary_scope

_NAME_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "PRODUCT"})
_NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})


class Places:
    name = "places"

    def __init__(self, nlp, config, gaz: Gazetteer | None = None) -> None:
        self.config = config
        kb = places_knowledge()
        self._gaz = gaz
        self.generic = frozenset(kb["generic_heads"])
        self.region_heads = frozenset(kb["region_heads"])
        self.directions = frozenset(kb["direction_words"])
        self.loc_preps = frozenset(kb["locative_preps"])
        self.move_preps = frozenset(kb["movement_preps"])
        self.event_preps = {p: frozenset(ev) for p, ev in kb.get("event_preps", {}).items()}
        self.move_lemmas = frozenset(kb["movement_lemmas"])
        self.object_lemmas = frozenset(kb["object_place_lemmas"])
        self.verbal = frozenset(kb.get("verbal_event_types", ()))

    @property
    def gaz(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = gazetteer()
        return self._gaz

    def __call__(self, ctx: StoryContext) -> None:
        doc = ctx.doc
        story_codes = sorted({m.code for m in ctx.mentions if m.code})
        for cand in ctx.candidates:
            event_codes = sorted({m.code for m in cand.actor + cand.recipient if m.code})
            self._place(doc, cand, event_codes, story_codes)
            if cand.place is None and "place_unresolved" not in cand.extra:
                # "The visit ..." with no place phrase: the place of the visit mentioned before.
                for earlier in antecedents(doc, cand):
                    self._place(doc, earlier, event_codes, story_codes)
                    if earlier.place is not None or "place_unresolved" in earlier.extra:
                        cand.place = earlier.place
                        break

    def _place(self, doc, cand: Candidate, event_codes: list[str], story_codes: list[str]) -> None:
        own_heads = event_heads(doc, cand, verbal=cand.event in self.verbal)
        own_scope = event_scope(doc, cand)
        trig = doc[cand.trigger]
        p = parse(doc)  # by index: a Token object only for the participles kept
        verbs = [doc[c] for c in p.kids[trig.i] if p.dep[c] == "acl" and p.pos[c] == "VERB"]
        if trig.dep_ == "ROOT" and trig.pos_ == "NOUN" and verbs:
            # "Israeli airstrikes killed 20 people in southern Lebanon" parsed as a noun with a
            # participle: the participle is the sentence's verb, its arguments the event's
            own_heads = own_heads | attachment_heads(doc, {c.i for c in verbs})
            extra = {t.i: sum(1 for a in t.ancestors if a.i != trig.i and trig in a.ancestors) + 1
                     for c in verbs for t in c.subtree}
            own_scope = {**extra, **own_scope}
        for scope, heads in ((own_scope, own_heads), secondary_scope(doc, cand)):
            phrases = self._phrases(doc, cand, scope, heads)
            if not phrases:
                continue
            found = []
            for _, start, end, full_end, qualifier in sorted(phrases, key=lambda p: p[:3]):
                loc = self._resolve(doc, start, end, full_end, qualifier, event_codes, story_codes)
                if loc is not None:
                    found.append(loc)
                else:
                    cand.extra.setdefault("place_unresolved", doc[start:end].text)
            if found:
                cand.place = _most_precise(found)
            break

    # -- finding phrases ---------------------------------------------------------------
    def _phrases(self, doc, cand: Candidate, scope: dict[int, int], heads: set[int]) -> list[tuple]:
        p = parse(doc)  # every word of the scope is looked at: indices, a Token only for a phrase head
        heads_of, lemmas = p.head, p.lemma
        movement = (cand.event == "CONSULT" or cand.planned_event == "CONSULT"
                    or lemmas[cand.trigger] in self.move_lemmas)
        out: list[tuple] = []
        for i, dist in scope.items():
            target = False
            dep, head = p.dep[i], heads_of[i]
            # The phrase must hang from the event or one of its direct arguments.
            if dep == "pobj" and heads_of[head] in heads:
                prep = p.lower[head]
                moving = movement or lemmas[heads_of[head]] in self.move_lemmas  # "a visit to Kyiv"
                if (prep in self.loc_preps or (moving and prep in self.move_preps)
                        or cand.event in self.event_preps.get(prep, ())):
                    target = True
            elif dep == "dobj" and lemmas[head] in self.object_lemmas and head in heads:
                target = True
            if not target:
                continue
            span = self._name_span(doc, doc[i])
            if span is not None:
                out.append((dist, *span))
        return out

    def _name_span(self, doc, head) -> tuple[int, int, int, str | None] | None:
        """The written place name headed by ``head``: (start, end of name, end with qualifier, qualifier)."""
        if head.lower_ in self.generic:
            # "the outskirts of Kyiv", "the West Bank city of Jenin": the name is under "of";
            # without one, "the Kursk region" is named by its modifiers.
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for sub in child.children:
                        if sub.dep_ == "pobj":
                            return self._name_span(doc, sub)
            # "Beirut's southern suburbs": the owner names the place.
            for child in head.children:
                if child.dep_ == "poss" and child.pos_ == "PROPN":
                    start = child.left_edge.i
                    end = child.i + 1
                    return start, end, end, None
            if not any(c.dep_ == "compound" for c in head.children):
                return None
        if head.ent_type_ in _NOT_PLACES:
            return None
        if head.pos_ not in ("PROPN",) and head.ent_type_ not in _NAME_ENTS and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children):
            return None
        start = head.i
        for child in head.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "det") or child.pos_ == "PROPN":
                start = min(start, child.left_edge.i)
        while start < head.i and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].lower_ in self.directions):
            start += 1
        end = head.i + 1
        qualifier = None
        full_end = end
        # "Paris, Texas" / "Rafah, Egypt": a state or country in apposition.
        for child in head.rights:
            if child.dep_ in ("appos", "npadvmod") and child.pos_ == "PROPN" and doc[child.i - 1].text == ",":
                qualifier = doc[child.left_edge.i : child.right_edge.i + 1].text
                full_end = child.right_edge.i + 1
                break
        return start, end, full_end, qualifier

    def _resolve(self, doc, start, end, full_end, qualifier, event_codes, story_codes):
        span = doc[start:end]
        written = doc[start:full_end]
        gaz = self.gaz
        loc = gaz.resolve(span.text, qualifier=qualifier, event_codes=event_codes, story_codes=story_codes)
        is_region = doc[end - 1].lower_ in self.region_heads
        if loc is None and end - start > 1 and doc[end - 1].lower_ in self.generic:
            # "Sumy region" not curated: the province carries the name of its capital;
            # resolve that to learn the country, but report province level only.
            inner = gaz.resolve(doc[start : end - 1].text, event_codes=event_codes, story_codes=story_codes)
            if inner is not None and is_region and inner.resolution == 4:
                inner.resolved_place = span.text
                inner.province = doc[start : end - 1].text
                inner.city = None
                inner.geonameid = None
                inner.lat = inner.lon = None
                inner.feature_class, inner.feature_code, inner.resolution = "A", "ADM1", 2
            loc = inner
        if loc is not None:
            loc.extracted_place = written.text
            loc.start = written.start_char
            loc.end = written.end_char
        return loc


def _most_precise(found: list) -> object:
    """The nearest place, unless a farther one refines it inside the same country
    ("captured a village near Pokrovsk in eastern Ukraine" -> Pokrovsk)."""
    best = found[0]
    for loc in found[1:]:
        if loc.country_code == best.country_code and (loc.resolution or 0) > (best.resolution or 0):
            best = loc
    return best

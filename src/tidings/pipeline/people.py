"""People and references for the actors stage: surnames, apposition, dominant country, pronouns.

Called by ``Actors`` after dictionary mentions are built. Rules (docs/actors.md):

* every person mention with a name registers it in ``ctx.people`` (full name and
  surname); a later bare "Lammy" — whatever NER calls it — becomes the same entity;
* a NER PERSON that is neither in the dictionaries nor registered is a person with
  code None, unless an apposition gives it one ("Ali Bahreini, Iran's ambassador");
* "the president" (a title without country) -> the latest holder of that office;
* role nouns and titled people without a country take the story's dominant country,
  if there is one (a country with at least half of the country-coded mentions, at
  least two of them, and at least twice the runner-up); confidence 0.6;
* "he/she/his/her/him" -> the latest person mention, "it/its" -> the latest
  country/organisation subject, "the country" -> the latest country, all within the
  same or the previous two sentences; code and sector are copied, ``antecedent`` set;
* "the two leaders", "both sides", "the neighbours" and a plural subject "they" -> one
  pronoun mention per party, all on the same span (``people_groups.groups``).

Role and act-noun references ("the militants", "the package") are in ``coref_roles.py``,
country-level ones (dateline, crowds, "the kingdom") in ``coref_mentions.py``.
"""

from __future__ import annotations

import bisect
from collections import Counter

from .base import NON_COUNTRY_CODES, Mention, StoryContext, tokens_with_lower, verb_above
from .coref_accused import ACCUSED_IT_VERBS, accused_it
from .coref_affiliates import affiliated_roles
from .coref_allies import bare_allies, possessed_allies
from .coref_blocs import bloc_members
from .coref_captives import told_captives
from .coref_definites import (
    ASK_VERBS,
    NOBODY,
    WEAPONS,
    appositive_subject,
    asked_it,
    definite_institutions,
    election_objects,
    frame_relative_subject,
    late_ministries,
    named_owner_roles,
    relative_it,
    reported_subject_speakers,
)
from .coref_descriptions import same_description
from .coref_documents import document_speakers
from .coref_halves import divided_halves
from .coref_home import dateline_home
from .coref_mentions import (
    CAPTIVES,
    COUNTRY_DESCRIPTIONS,
    backed_role,
    bare_crowds,
    clause_subjects,
    country_description_start,
    dateline_country,
    foreign_congress,
    foreign_scene,
    local_officials,
    many_nations,
    namesake_countries,
    of_group,
    place_crowds,
    roles_in_places,
    roles_of_groups,
    the_start,
    titled_names,
    victim,
)
from .coref_quotes import quoted_speakers
from .coref_roles import (
    LATEST_ANYWHERE,
    NAMED_FIRST,
    ORG_NPS,
    act_noun_subjects,
    armed_roles,
    court_references,
    first_person_roles,
    owners_of_staff,
    reported_own_forces,
    state_outlets_and_police,
)
from .people_descriptions import region_narrowed
from .people_groups import groups
from .people_names import name_part_people
from .people_opposition import home_opposition
from .people_possessives import (
    SHIP_PARTS,
    judged_party,
    opener_owner,
    owned_role,
    possessed_followers,
    possessed_roles,
    reporter_of_hostile_act,
    unowned_followers_dropped,
    vessel_owned,
)
from .people_subjects import matrix_subject, national_speaker
from .people_titles import definite_titles
from .word_lists import word_list

_NON_COUNTRY = NON_COUNTRY_CODES
# Countries whose leaders' names are written family name first (not Japan, Vietnam or Cambodia, whose
# leaders wire copy calls by the last word: "Ishiba", "Lam", and "Hun" is two leaders).
_SURNAME_FIRST = frozenset({"KOR", "PRK", "CHN", "TWN", "HKG", "MAC", "SGP"})
# ... and whose people wire copy calls by the given name ("Anutin Charnvirakul ... Anutin said",
# "Prabowo Subianto ... Prabowo")
_GIVEN_NAME_USED = frozenset({"THA", "IDN"})
_PERSON_PRONOUNS, _THING_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"}), frozenset({"it", "its"})
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "take", "rain", "matter", "happen"})
_LOOKBACK_SENTS = 2
# Singular roles that "he"/"she"/"him"/"her" can stand for when no named person is nearer ("Moldova
# expelled a Russian diplomat, accusing him of interference").
_HUMAN_ROLES = word_list("people_nouns.json", "pronoun_roles")
# Words allowed between "the" and a description noun: adjectives, numbers, "27-nation", "trade".
_DESCRIPTION_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "HYPH", "VBN", "NN"})
# a registered surname is not read in these entities ("May 5" is no Theresa May)
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT"})
_PLACE_PREPS = frozenset({"in", "at", "near", "into", "inside", "outside", "around", "towards", "toward", "across"})


def resolve_people(ctx: StoryContext, mentions: list[Mention], sent_starts: list[int]) -> list[Mention]:
    doc = ctx.doc
    registry: dict[str, Mention] = ctx.people.setdefault("by_name", {})
    surnames: dict[str, Mention] = ctx.people.setdefault("by_surname", {})
    for m in mentions:
        if m.kind == "person" and m.identifier_text:
            _register(m, registry, surnames)
    covered: list[Mention | None] = [None] * len(doc)
    for m in mentions:
        for t in range(m.start, m.end):
            covered[t] = m

    def sent_of(i: int) -> int:
        return max(0, bisect.bisect_right(sent_starts, i) - 1)

    added: list[Mention] = []
    later: list[tuple[Mention, Mention]] = []  # (mention, the earlier mention it repeats)
    blocked = ctx.people.get("blocked") or set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(covered[t] is not None or t in blocked for t in range(ent.start, ent.end)):
            continue
        if len(ent) == 1 and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _PLACE_PREPS \
                and ent.text.lower() not in registry and ent.text.lower() not in surnames:
            continue  # "fought near Goma": the small model's PERSON is a place
        end = ent.end
        while end > ent.start + 1 and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        span = doc[ent.start:end]
        key = span.text.lower()
        src = registry.get(key) or surnames.get(doc[end - 1].lower_)
        m = _person(span, src, sent_of(span.start))
        added.append(m)
        _register(m, registry, surnames) if src is None else later.append((m, src))
        for t in range(span.start, span.end):
            covered[t] = m
    for tok in tokens_with_lower(doc, surnames):
        if covered[tok.i] is None and tok.text[:1].isupper() and tok.lower_ in surnames \
                and tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.ent_type_ not in _NOT_NAME_ENTS:
            m = _person(doc[tok.i : tok.i + 1], surnames[tok.lower_], sent_of(tok.i))
            later.append((m, surnames[tok.lower_]))
            added.append(m)
            covered[tok.i] = m
    mentions = mentions + added
    _appositions(doc, mentions, covered)
    for m, src in later:  # an apposition may have resolved the first mention meanwhile
        _copy(m, src)
    for m in mentions:  # "Prince Faisal" (a title the dictionary matched) after "Prince Faisal bin Farhan"
        src = surnames.get(doc[m.end - 1].lower_) if m.kind == "person" and m.code is None else None
        if src is not None and src is not m and src.code and src.start < m.start:
            _copy(m, src)
    name_part_people(mentions)  # "China's ambassador, Wu Jianghao ... Wu said"; "Padrino Lopez ... Padrino"
    definite_titles(doc, mentions, sent_of)
    namesake_countries(doc, mentions)
    foreign_congress(mentions)
    mentions += bare_crowds(doc, mentions, sent_of)
    place_crowds(doc, mentions)
    local_officials(doc, mentions)
    mentions = roles_in_places(doc, mentions)
    owners_of_staff(doc, mentions, covered)
    first_person_roles(doc, mentions, covered)
    reported_own_forces(doc, mentions, covered, sent_of)
    state_outlets_and_police(doc, mentions, covered)
    court_references(doc, mentions)
    mentions += definite_institutions(doc, mentions, covered, sent_of)  # before the story's main country
    armed_roles(doc, mentions, sent_of)  # before the story's main country, which would take "the militants"
    named_owner_roles(doc, mentions, covered)
    reported_subject_speakers(doc, mentions, covered)
    told_captives(doc, mentions)  # "three Israeli hostages ... to free 33 hostages"
    affiliated_roles(doc, mentions, covered)  # "militants linked to Islamic State": before the story's main country
    _dominant_country(doc, mentions)
    dateline_country(doc, mentions)
    home_opposition(doc, mentions)  # "Sall postponed the vote ... The opposition accused him"
    mentions += election_objects(doc, mentions, covered, sent_of)
    titled_names(doc, mentions)
    act_noun_subjects(doc, mentions, covered, sent_of)
    mentions += divided_halves(doc, mentions, covered, sent_of)  # "the North" after North Korea
    followers = possessed_followers(doc, covered, sent_of)
    mentions += followers
    mentions = bloc_members(doc, mentions + _pronouns(ctx, mentions, covered, sent_of))
    mentions += possessed_allies(doc, mentions, covered, sent_of)  # "defend its treaty ally"
    mentions += bare_allies(doc, mentions, covered, sent_of)  # "NATO's chief said allies stood with Poland"
    mentions += document_speakers(doc, mentions, covered, sent_of)  # "..., the statement said": its author
    mentions += quoted_speakers(doc, mentions, covered, sent_starts)  # a quotation standing as its own sentence
    possessed_roles(doc, mentions, covered)
    late_ministries(doc, mentions, sent_of)  # "the island's defence ministry ... The ministry"
    _dominant_country(doc, mentions, owned_too=True)  # owned roles whose owner stayed unresolved
    mentions = unowned_followers_dropped(followers, mentions, covered)
    return roles_of_groups(doc, groups(ctx, mentions, covered, sent_of))


def _register(m: Mention, registry: dict[str, Mention], surnames: dict[str, Mention]) -> None:
    name = m.identifier_text or ""
    registry.setdefault(name.lower(), m)
    parts = name.split()
    if len(parts) >= 2:
        surnames[parts[-1].lower()] = m
        if m.code in _SURNAME_FIRST or m.code in _GIVEN_NAME_USED:  # "Lee Jae-myung ... Lee said", "Xi"
            surnames.setdefault(parts[0].lower(), m)
        for i in range(1, len(parts)):  # "Prince Faisal bin Farhan ... Prince Faisal said": the name before "bin"
            if parts[i].lower() in ("bin", "bint", "ibn"):
                surnames.setdefault(parts[i - 1].lower(), m)


def _person(span, src: Mention | None, sent_index: int) -> Mention:
    m = Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                text=span.text, code=None, sector=None, kind="person", sent_index=sent_index,
                root=span.root.i, identifier_text=span.text)
    if src is not None:
        _copy(m, src)
    return m


def _copy(m: Mention, src: Mention) -> None:
    m.code, m.sector, m.office = src.code, src.sector, src.office
    m.identifier_text, m.identifier_id = src.identifier_text, src.identifier_id
    m.other_sectors = list(src.other_sectors)


def _appositions(doc, mentions: list[Mention], covered: list[Mention | None]) -> None:
    """"Ali Bahreini, Iran's ambassador, said" -> the person takes the role's country."""
    for m in mentions:
        if m.kind != "person" or m.code is not None:
            continue
        root = doc[m.root]
        linked = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            linked.append(root.head)
        for tok in linked:
            other = covered[tok.i]
            if other is not None and other is not m and other.code is not None and other.kind in ("agent", "person"):
                m.code, m.sector = other.code, other.sector
                m.office = m.office or other.office
                m.other_sectors = list(other.other_sectors)
                break


def _dominant_country(doc, mentions: list[Mention], owned_too: bool = False) -> None:
    counts = Counter(m.code for m in mentions if m.code and m.code not in _NON_COUNTRY and m.kind != "pronoun")
    if not counts:
        return
    ranked = counts.most_common()
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n < 2 or n * 2 < sum(counts.values()) or n < 2 * second or dateline_home(doc, mentions) not in (None, top):
        return  # (a story told from its dateline's country leaves that country's bare officials to the dateline)
    # A titled person in a sentence naming the dominant country as another party ("Deputy Prime Minister Oliver
    # Dowden told parliament that Chinese hackers had ...") is rarely its official: left uncoded
    other_party = {m.sent_index for m in mentions if m.code == top and m.kind != "pronoun"}
    for m in mentions:
        if m.code is None and (m.kind == "agent" and m.sector and m.text.split()[-1].lower() not in CAPTIVES
                               and m.text.split()[-1].lower() not in SHIP_PARTS  # a ship's crew may be anyone's
                               and not many_nations(doc, m)
                               and not backed_role(doc, m) and not victim(doc, m)
                               and not foreign_scene(doc, m, mentions, top) and not of_group(doc[m.root])
                               and (owned_too or not owned_role(doc, m))
                               or m.kind == "person" and m.office and m.sent_index not in other_party):
            m.code = top
            m.confidence = min(m.confidence, 0.6)


def _pronouns(ctx: StoryContext, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    doc = ctx.doc
    if not mentions:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: list[Mention] = []
    for tok in tokens_with_lower(doc, _PRONOUN_CUES):
        low = tok.lower_
        if covered[tok.i] is not None:
            continue
        span_end = tok.i + 1
        if low in ("his", "her", "their") and tok.dep_ == "poss" and tok.head.i == tok.i + 1 \
                and tok.head.lower_ in ("country", "nation") and tok.head.dep_ in ("nsubj", "nsubjpass"):
            # "Guyana's president said his country would expel ...": the speaker's or actor's country
            ante = _saying_subject(tok.head, covered) or _person_subject(tok, covered)
            ante = ante if ante is not None and ante.code and ante.code not in _NON_COUNTRY else None
            span_end = tok.i + 2
        elif low in _PERSON_PRONOUNS and tok.pos_ == "PRON":
            # "Blinken ... pledged support for him": an object pronoun is not its own clause's subject
            own_subjects = clause_subjects(tok) if low in ("him", "her") and tok.dep_ != "poss" else set()
            ante = frame_relative_subject(tok, covered) or _speaker(tok, covered) or _object_owner(tok, covered) \
                or appositive_subject(tok, covered) or matrix_subject(tok, covered) or _latest(
                ordered, starts, tok.i, sent_of, lambda m, own=own_subjects: m.kind == "person"
                and m.code is not None and m.root not in own
                or m.kind == "agent" and m.code is not None and m.root not in own
                and doc[m.root].tag_ == "NN" and doc[m.root].lower_ in _HUMAN_ROLES)
        elif low in _THING_PRONOUNS and tok.pos_ == "PRON":
            if low == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ASK_VERBS:
                ante = asked_it(doc, tok, sent_of, covered)
            elif low == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ACCUSED_IT_VERBS:
                ante = accused_it(doc, tok, sent_of, covered)  # "accused it of backing the rebels"
            elif low == "it" and (tok.head.lemma_ in _EXPLETIVE_HEADS or tok.dep_ not in ("nsubj", "nsubjpass")):
                continue
            else:
                ante = _it_antecedent(doc, tok, ordered, starts, sent_of, covered)
        elif low in _WHOSE_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "whose":
            ante = _whose_owner(tok, covered)  # "Erdogan, whose country sent drones to Ukraine"
            tok = doc[tok.i - 1]
        elif low in _PLACE_NOUNS and (the := country_description_start(doc, tok, covered)) is not None:
            # "withdrew from the city", "the attack on the town": the place named last (its country)
            ante = _latest(ordered, starts, the, sent_of, lambda m: m.kind == "country" and m.code is not None
                           and doc[m.root].pos_ == "PROPN" and doc[m.root].ent_type_ != "NORP"
                           and not _people_word(doc, m))
            tok = doc[the]
        elif low in COUNTRY_DESCRIPTIONS and (the := country_description_start(doc, tok, covered)) is not None:
            # "the country", "the kingdom", "the island nation", "the Balkan country"; "Russia steps up
            # attacks on the country's grid": never the clause's own subject (that is "its")
            own_subjects = clause_subjects(tok)
            allowed = region_narrowed(doc, the, tok, COUNTRY_DESCRIPTIONS[low])
            def fits(m, own=own_subjects, ok=allowed, people=False):
                return m.kind == "country" and m.code is not None and m.sector in (None, "GOV") \
                    and m.root not in own and (ok is None or m.code in ok) \
                    and (people or m.sector is not None or not _people_word(doc, m))
            # a country's name before its people's ("The Dominican Republic deported Haitians, the
            # country's migration agency said" is the Dominican agency); a demonym only failing that
            here = sent_of(the)
            ante = _reporting_speaker(tok, covered, allowed) \
                or _latest(ordered, starts, the, sent_of, lambda m, h=here: m.sent_index == h and fits(m)) \
                or same_description(ordered + out, the, low) \
                or allowed is None and _person_subject(tok, covered) \
                or _latest(ordered, starts, the, sent_of, fits) \
                or _latest(ordered, starts, the, sent_of, lambda m: fits(m, people=True)) \
                or _story_fit(ordered, the, allowed) or national_speaker(tok, covered, _saying_subject)
            tok = doc[the]
        elif low in ORG_NPS and (the := _description_start(doc, tok, covered)) is not None \
                and (tok.tag_ in ("NN", "NNS") or tok.text.islower()):
            ok = ORG_NPS[low]
            # "JNIM blockaded Djibo ... said it would never negotiate with criminals ... The group
            # said": a named group before a bare role noun the story's country was given
            named = NAMED_FIRST.get(low)
            both = named and (lambda m, ok=ok, named=named: ok(m) and named(m))
            ante = both and (_latest(ordered, starts, the, sent_of, both) or _only_one(ordered, the, both)) \
                or _latest(ordered, starts, the, sent_of, ok) or _only_one(ordered, the, ok)
            if ante is None and low in LATEST_ANYWHERE:
                ante = next((m for m in reversed(ordered) if m.end <= the and ok(m)), None)
            tok = doc[the]
        else:
            continue
        if ante is None:
            continue
        span = doc[tok.i:span_end]
        m = Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                    text=span.text, code=ante.code, sector=ante.sector, kind="pronoun",
                    sent_index=sent_of(span.start), root=span.root.i, identifier_id=ante.identifier_id,
                    identifier_text=ante.identifier_text, other_sectors=list(ante.other_sectors),
                    office=ante.office, antecedent=ante, confidence=min(0.8, ante.confidence))
        out.append(m)
        for t in range(span.start, span.end):
            covered[t] = m
    return out


def _person_subject(tok, covered) -> Mention | None:
    """"Hassan accused foreign governments of meddling in the country's affairs": with no country
    named in its own sentence, "the country" is the country of the person or office acting in its
    clause (or the clauses above it), not the country the previous sentence named last."""
    t = tok
    crossed = tok.dep_ in ("poss", "pobj")
    for _ in range(8):
        if t.head.i == t.i:
            return None
        t = t.head
        crossed = crossed or t.dep_ in ("prep", "pcomp")  # "accused groups of trying to destabilise the country"
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            if not crossed:
                return None  # "Hasina resigned and fled the country": an argument of her own act is left to it
            m = covered[t.head.i if subj.tag_ in ("WP", "WDT") and t.dep_ == "relcl" else subj.i]  # "Petro, who ..."
            ok = m is not None and m.code is not None and m.kind in ("person", "agent") and m.code not in _NON_COUNTRY
            return m if ok else None
    return None


def _people_word(doc, m: Mention) -> bool:
    """"Haitians", "Bangladeshis": a country's people (a plural demonym), not the country."""
    if doc[m.root].ent_type_ == "NORP" and doc[m.root].tag_ in ("NNPS", "NNS"):
        return True
    text = m.text.lower()
    return text.endswith("s") and text != (m.identifier_text or m.text).lower() and not m.text.isupper()


_SAME_PERSON = {"her": "her", "his": "him"}


def _object_owner(tok, covered) -> Mention | None:
    """"Ruto congratulated her on her victory", "thanked him for his support": a possessive in a phrase
    of the verb whose object is the same person's object pronoun is that person (the object was
    resolved just before), not the subject named last."""
    if tok.dep_ != "poss" or tok.lower_ not in _SAME_PERSON:
        return None
    verb = verb_above(tok.head, 4)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ == _SAME_PERSON[tok.lower_]
                and c.i < tok.i), None)
    m = covered[obj.i] if obj is not None else None
    return m.antecedent if m is not None and m.antecedent is not None else m


def _speaker(tok, covered) -> Mention | None:
    """"Putin praised India and said he would visit Delhi", "Erdogan met Putin and said that he
    had urged ...": the subject "he" of what a person said is that person, not the person named
    last. The saying verb's subject may come from the verb it is coordinated with."""
    if tok.lower_ not in ("he", "she"):
        return None
    m = _saying_subject(tok, covered)
    return m if m is not None and m.kind == "person" and m.code is not None else None


def _saying_subject(tok, covered) -> Mention | None:
    """The subject of the verb that says the clause ``tok`` is the subject of (through coordinated
    verbs: "accused X and said ..."), its antecedent when it is a pronoun; None when ``tok`` is no
    reported subject or the saying verb has no mention as subject."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            m = covered[subj.i]
            if m is not None and m.kind == "pronoun" and m.antecedent is not None:
                m = m.antecedent
            return m
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# places a story names and then calls by their kind: "the city", "the besieged town", "the capital"
_PLACE_NOUNS = frozenset({"city", "town", "capital", "village", "port"})  # not "the region": often a wide area
_WHOSE_NOUNS = frozenset({"country", "nation", "government", "kingdom", "administration", "state"})
# every word _pronouns reads a reference from: the pass skips all others
_PRONOUN_CUES = (_PERSON_PRONOUNS | _THING_PRONOUNS | _WHOSE_NOUNS | _PLACE_NOUNS | frozenset(COUNTRY_DESCRIPTIONS)
                 | frozenset(ORG_NPS))


def _whose_owner(tok, covered) -> Mention | None:
    """"Kenyan President William Ruto, whose country sent police to Haiti": "whose country" is the
    country of the person (or the state) the relative clause describes."""
    verb = tok
    for _ in range(4):
        if verb.dep_ == "relcl" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    m = covered[verb.head.i]
    if m is not None and m.kind == "pronoun" and m.antecedent is not None:
        m = m.antecedent
    return m if m is not None and m.code is not None and m.kind in ("person", "country", "agent") else None


def _story_fit(ordered: list[Mention], before: int, allowed) -> Mention | None:
    """"China's coast guard said its ships had patrolled around the island": a restricted
    description ("the island", "the kingdom") with no fitting country nearby is the one country
    it can describe that the story has named most so far (by any mention: "Taiwan's defence
    ministry", "Taiwanese President Lai"), when that country is clear."""
    if allowed is None:
        return None
    counts = Counter(m.code for m in ordered if m.end <= before and m.code in allowed and m.kind != "pronoun")
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return next(m for m in reversed(ordered) if m.end <= before and m.code == ranked[0][0] and m.kind != "pronoun")


def _reporting_speaker(tok, covered, allowed) -> Mention | None:
    """"Thai Prime Minister Phumtham accused Phnom Penh of firing first and said the kingdom had
    expelled the Cambodian ambassador": a restricted description ("the kingdom", "the island
    nation", "the emirate") as the subject of what a party says is the speaker's own country when
    it can be, not the country named last (here the other kingdom)."""
    if allowed is None:
        return None
    m = _saying_subject(tok, covered)
    return m if m is not None and m.code in allowed else None


def _description_start(doc, tok, covered) -> int | None:
    """Index of "the" opening a description of an organisation: "the bloc", and with up to two
    modifiers in between, "the regional bloc", "the 27-nation bloc", "the Western alliance"."""
    return the_start(doc, tok, covered, _DESCRIPTION_MODIFIER_TAGS)


def _only_one(ordered: list[Mention], i: int, ok) -> Mention | None:
    """Beyond the usual lookback, the description's organisation when the story named just one that
    fits ("Hezbollah fired rockets ... [five paragraphs] ... The group said"): its latest mention."""
    found = [m for m in ordered if m.end <= i and ok(m)]
    return found[-1] if found and len({m.code for m in found}) == 1 else None


def _latest(ordered: list[Mention], starts: list[int], i: int, sent_of, ok) -> Mention | None:
    floor = sent_of(i) - _LOOKBACK_SENTS
    k = bisect.bisect_left(starts, i) - 1
    while k >= 0:
        m = ordered[k]
        if m.sent_index < floor:
            return None
        if m.end <= i and ok(m):
            return m
        k -= 1
    return None


def _it_antecedent(doc, tok, ordered, starts, sent_of, covered) -> Mention | None:
    """"it/its" -> the nearest earlier subject, if that subject is a singular country/org/agent."""
    if tok.lower_ == "it" and (rel := relative_it(tok, covered)) is not None:
        return None if rel is NOBODY else rel
    if tok.lower_ == "its" and tok.i >= 2 and doc[tok.i - 1].lower_ in ("and", ",", "or") and not (
            doc[tok.i - 1].text == "," and tok.head.dep_ in ("nsubj", "nsubjpass")):  # not "..., its ministry said"
        prev = covered[tok.i - 2]  # "The U.S. and its allies"
        if prev is not None and prev.code is not None and prev.kind in ("country", "org", "agent"):
            return prev
    possessive = tok.lower_ == "its"
    if possessive and (judged := judged_party(tok, covered)) is not None:
        return judged  # "criticised Israel over its blockade": the judged party's act
    if possessive and (reporter := reporter_of_hostile_act(tok, covered) or opener_owner(tok, covered)) is not None:
        return reporter  # (also "After its air strike on Hodeidah, Israel warned ...": the main subject)
    if possessive and vessel_owned(doc, tok, covered):
        return None  # "seized the tanker and detained its crew": the ship's crew, no party's
    if not possessive and tok.head.dep_ == "conj" and tok.head.head.pos_ in ("VERB", "AUX"):
        # "The observer mission said the vote had fallen short, and it urged ...": a subject "it" of
        # a clause joined to an earlier clause is that clause's subject, not the subject of what it said
        first = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        m = covered[first.i] if first is not None and first.pos_ in ("PROPN", "NOUN") else None
        if m is not None and m.code is not None and m.kind in ("country", "org", "agent", "pronoun") \
                and first.tag_ not in ("NNS", "NNPS"):
            return m
    # a possessive opens its sentence ("Its foreign ministry accused them ..."): the previous sentence's subject
    floor = sent_of(tok.i) - (0 if possessive and sent_of(tok.i - 1) == sent_of(tok.i) else 1)
    for j in range(tok.i - 1, -1, -1):
        if sent_of(j) < floor:
            break
        t = doc[j]
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN"):
            m = covered[j]
            if m is not None and m.kind == "pronoun" and t.lower_ in WEAPONS:
                continue  # "The rockets hit a school, it said": weapons say nothing
            if m is not None and m.kind == "pronoun" and m.antecedent is not None \
                    and m.antecedent.kind in ("country", "org", "agent"):
                return m  # "The group said ... five of its fighters"
            if m is not None and m.kind == "agent" and m.code is None:
                # "The group's spokesman said ... its fighters": the role's owner, resolved just now
                owner = next((covered[c.i] for c in t.children if c.dep_ == "poss"), None)
                if owner is not None and owner.kind == "pronoun" and owner.code is not None:
                    return owner
            ok = m is not None and m.code is not None and m.kind in ("country", "org", "agent") \
                and not (t.tag_ in ("NNS", "NNPS") and m.kind == "agent")
            if ok:
                return m
            if not possessive:
                return None  # "it" follows the nearest subject; if that is no actor, leave it
    return None

"""Group references for the actors stage: "the two leaders", "both sides", "they", "them".

Split out of ``people.py`` (names, titles, pronouns, dominant country). One stage: a phrase that
stands for several parties becomes one pronoun mention per party, all on the phrase's span, so the
events stage sees every party ("the two leaders agreed" -> both countries). A numbered phrase takes
the parties of the latest sentence naming that many; "they" the nearest earlier plural subject;
"them" the nearest earlier plural party that is not its clause's subject.
"""

from __future__ import annotations

from .base import GROUP_COUNTS, NON_COUNTRY_CODES, Mention, StoryContext, tokens_with_lower
from .coref_mentions import dateline_offset
from .coref_neighbours import owned_neighbours
from .coref_pairs import civil_war_sides, one_country_war, principal_parties, them_antecedents
from .coref_roles import BROKER_NOUNS, acted_on_crowd, third_parties
from .word_lists import word_list

_NON_COUNTRY = NON_COUNTRY_CODES
# Group references: "the two leaders", "both sides", "the three countries" -> one mention per party.
_GROUP_NOUNS = word_list("people_nouns.json", "group_references")
# Plural nouns that name a pair without a number: "the neighbours", "the nuclear-armed rivals"; and
# modifiers that make any group noun a pair of adversaries: "the warring parties", "the feuding sides".
_PAIR_NOUNS = frozenset({"neighbours", "neighbors", "rivals", "foes", "adversaries", "belligerents"})
_PAIR_MODIFIERS = frozenset({"warring", "feuding", "rival", "opposing"})
_PEOPLE_GROUPS = frozenset({"leaders", "presidents", "ministers"})
# adversaries' words, which repeat an earlier resolved pair ("both sides ... the warring parties")
_SIDE_NOUNS = frozenset({"sides", "parties", "factions", "belligerents", "rivals", "foes", "adversaries", "both"})
# group nouns that name a list without a number ("accused Seoul and Washington ... warned that the allies
# would pay"): the list coordinated in the same or the previous sentence
_OPEN_GROUPS = frozenset({"allies", "partners", "powers"})
# these name countries only: "the two countries" never stands for the EU and Britain
_COUNTRY_GROUP_NOUNS = frozenset({"countries", "nations", "neighbours", "neighbors", "governments", "armies", "juntas",
                                  "regimes", "states", "capitals"})
# the noun says the sector ("the two armies" are MIL whoever named the parties); "sides" and
# "delegations" copy the party's own
_GROUP_SECTORS = {"countries": None, "nations": None, "neighbours": None, "neighbors": None, "governments": "GOV",
                  "armies": "MIL", "leaders": "GOV", "presidents": "GOV", "ministers": "GOV", "juntas": "GOV",
                  "regimes": "GOV", "states": None, "capitals": "GOV"}
_GROUP_MODIFIER_TAGS = frozenset({"JJ", "HYPH", "VBN", "VBG"})  # "the two Asian neighbours", "the two nuclear-armed ..."
_GROUP_LOOKBACK_SENTS = 5  # "the two countries" often points back to the lead, a paragraph or two earlier
_SUBJ = ("nsubj", "nsubjpass")
# Divided countries named as a pair: "the two Koreas agreed to restore a hotline"
_NAMED_PAIRS = {"koreas": ("PRK", "KOR"), "congos": ("COD", "COG"), "sudans": ("SDN", "SSD")}
_CUE_WORDS = _GROUP_NOUNS | BROKER_NOUNS | {"they", "them", "two", "both"} | set(_NAMED_PAIRS)


def groups(ctx: StoryContext, mentions: list[Mention], covered: list[Mention | None], sent_of) -> list[Mention]:
    """"the two leaders", "both sides" and a subject "they": one pronoun mention per party, all on
    the phrase's span. A numbered phrase takes the parties of the latest sentence (this one before
    the phrase, or one of the three before it) naming exactly that many countries; "they" takes
    the nearest earlier subject in its sentence, else the previous sentence's main subject."""
    doc = ctx.doc
    mentions = owned_neighbours(doc, mentions, covered, sent_of)  # "Khartoum ... against its neighbour" -> Chad
    if not any(m.code for m in mentions):
        return mentions
    cues = tokens_with_lower(doc, _CUE_WORDS)  # the few words this pass reads; no Token for the others
    if not cues:
        return mentions
    at: dict[int, list[Mention]] = {}  # token -> every party mention on it
    dateline_end = dateline_offset(doc)  # a dateline's city and agency are no parties
    dropped: set[int] = set()
    added: list[Mention] = []
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent_index, []).append(m)
    # mediators and hosts of the others' talks are never "the two sides" ("talks in Doha mediated by
    # Qatar and Turkey ... the two sides would meet again"); "the mediators" are they
    brokers = third_parties(doc, mentions)
    broker_codes = {m.code for m in brokers}
    for tok in cues:
        low = tok.lower_
        bare_two = low == "two" and tok.dep_ in _SUBJ and tok.i > 0 and doc[tok.i - 1].lower_ == "the" \
            and covered[tok.i] is None  # "Babis met Fico ..., and the two agreed to ..."
        # "urged both to show restraint", "spoke to both by phone", "Both said ...": a pronoun "both"
        bare_two = bare_two or low == "both" and tok.pos_ == "PRON" and covered[tok.i] is None \
            and (tok.dep_ in (*_SUBJ, "dobj", "pobj", "dative")
                 or tok.dep_ == "preconj" and tok.i > 0 and doc[tok.i - 1].pos_ == "ADP")  # "spoke to both by phone"
        if low in _NAMED_PAIRS:
            if tok.i == 0 or doc[tok.i - 1].lower_ not in ("two", "both") or covered[tok.i] is not None:
                continue
            start = tok.i - 2 if tok.i >= 2 and doc[tok.i - 2].lower_ == "the" else tok.i - 1
            parties = [Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text),
                               text=tok.text, code=c, sector=None, kind="country", sent_index=sent_of(tok.i),
                               root=tok.i, confidence=0.9) for c in _NAMED_PAIRS[low]]
        elif low in BROKER_NOUNS and low.endswith("s") and brokers:
            found = _mediators_phrase(doc, tok, covered)
            if found is None:
                continue
            start, count = found
            parties = [m for m in brokers if m.end <= start]
            if not parties or count and len(parties) != count:
                continue
        elif low in _GROUP_NOUNS or bare_two:
            found = ((tok.i, 2) if low == "both" else (tok.i - 1, 2)) if bare_two else _group_phrase(doc, tok, covered)
            if found is None:
                continue
            start, count = found
            si = sent_of(start)
            if count == 0 and not (count := _open_group_count(doc, mentions, start, si, dateline_end, sent_of)):
                continue
            # nor is the phrase's own clause subject ("Saudi Arabia offered to host talks between the
            # two governments", "Turkey urged both sides to ..."): no one urges or hosts itself
            own = _own_subject_codes(tok, covered, at)
            if doc[start].lower_ in ("its", "their") and covered[start] is not None:
                own = own | {covered[start].code}  # "Kazakhstan offered to mediate between its two neighbours"
            skip = broker_codes | own
            parties = None
            for k in range(si, max(-1, si - _GROUP_LOOKBACK_SENTS - 1), -1):
                if low in _SIDE_NOUNS and (prior := _prior_group(at, k, start, count, skip, sent_of)):
                    parties = prior  # "called on both sides to ... urged the warring parties": the same pair
                    break
                # (not a group phrase's own words: "the two ministers" is no third party "ministers")
                named = [m for m in by_sent.get(k, ()) if m.start_char >= dateline_end and m.sector != "JRN"
                         and id(m) not in dropped]
                if low in _PEOPLE_GROUPS:  # "Aoun called Macron and asked him to press Israel ... the two
                    # leaders agreed": the people named, not the country they talked about
                    people = [m for m in named if m.kind == "person" or m.kind == "pronoun" and m.antecedent
                              is not None and m.antecedent.kind == "person"]
                    if len({m.code for m in people if m.code}) >= 2:
                        named = people
                parties = [p for p in _parties(named, start) if p.code not in broker_codes]
                if low in _COUNTRY_GROUP_NOUNS and len([p for p in parties if p.code not in _NON_COUNTRY]) < 2:
                    # "Malaysia, which chairs ASEAN, said the two neighbours ...": a sentence that names one
                    # country beside an organisation names no pair of countries (look further back)
                    parties = [p for p in parties if p.code not in _NON_COUNTRY]
                if k == si and len(parties) < 2 and (low in _PEOPLE_GROUPS or low in _COUNTRY_GROUP_NOUNS):
                    # "Erdogan said he had spoken to both leaders, a day after Russia and Ukraine
                    # exchanged prisoners": the pair the rest of the sentence names
                    later = [p for p in _parties(named, len(doc)) if p.code not in skip and p.start > tok.i
                             and not (low in _COUNTRY_GROUP_NOUNS and p.code in _NON_COUNTRY)]
                    if len(later) == count:
                        parties = later
                if len(parties) == count and own & {p.code for p in parties}:
                    # the pair includes the clause's own subject: the others, or an earlier sentence's
                    parties = [p for p in parties if p.code not in own]
                    if len(parties) < 2:
                        continue
                if len(parties) >= 2:  # the latest sentence naming parties decides, even by mismatching
                    if len(parties) > count:
                        # "Canada and the EU agreed ..., a month after Washington imposed tariffs ... the two
                        # sides had agreed": a sentence naming more parties has the pair it coordinates
                        pair = coordinated_parties(doc, named, count, start if k == si else len(doc),
                                                   dateline_end, skip, orgs=low not in _COUNTRY_GROUP_NOUNS)
                        parties = pair or parties
                    conflict = _conflict_between(tok)
                    if k < si and len(parties) == count and (conflict or count == 2):
                        # an earlier sentence's pair of third parties ("The United States and Britain
                        # urged restraint. Officials from the two countries ...") is no pair of the story
                        parties = _principal_over_minor(mentions, parties, count, dateline_end, skip,
                                                        third_only=not conflict)
                    break
                if count == 2 and low in ("sides", "parties") and len(two := civil_war_sides(named, start)) == 2:
                    parties = two  # "Sudan's army and the RSF ... Both sides": two forces of one country
                    break
            if parties is None or len(parties) != count or (
                    low in _COUNTRY_GROUP_NOUNS and any(p.code in _NON_COUNTRY for p in parties)):
                # no recent sentence names that many: the story's principal parties, if it has them.
                # When that sentence names more, and the principal pair is among them, it is the pair
                # ("Qatar and Turkey urged both governments to ... The two sides agreed", "Britain and
                # Saudi Arabia spoke to officials in New Delhi and Islamabad. Both sides pulled back"):
                # the third parties' list is not the story's pair.
                principal = principal_parties(mentions, count, dateline_end, skip)
                if principal and parties and len(parties) > count \
                        and {p.code for p in principal} <= {p.code for p in parties}:
                    parties = principal
                else:
                    parties = coordinated_parties(doc, mentions, count, start, dateline_end, skip) or principal
                if not parties:
                    continue
            if low in _SIDE_NOUNS and (war := one_country_war(tok, by_sent, si, start)):
                parties = war  # "The RSF shelled El Fasher ... urged the warring parties": a civil war's one country
        elif low == "they" and tok.pos_ == "PRON" and tok.dep_ in _SUBJ and covered[tok.i] is None:
            start = tok.i
            parties = _they_antecedents(ctx, tok, covered, at, sent_of)
        elif low == "them" and tok.pos_ == "PRON" and covered[tok.i] is None:
            start = tok.i
            parties = them_antecedents(ctx.doc, tok, covered, at, sent_of)
        else:
            continue
        if not parties:
            continue
        for t in range(start, tok.i + 1):
            old = covered[t]
            if old is not None and (old.kind == "agent" or t == start and doc[t].lower_ in ("its", "their")
                                    or _region_word(doc, old, t, start, tok)):
                dropped.add(id(old))  # the phrase's own words ("its" of "its two neighbours" too)
        span = doc[start : tok.i + 1]
        sector = _GROUP_SECTORS.get(low, "copy")
        group = [Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                         text=span.text, code=p.code, sector=p.sector if sector == "copy" else sector, kind="pronoun", sent_index=sent_of(start),
                         root=tok.i, identifier_id=p.identifier_id, identifier_text=p.identifier_text,
                         other_sectors=list(p.other_sectors), office=p.office, antecedent=p,
                         confidence=min(0.8, p.confidence)) for p in parties]
        added.extend(group)
        by_sent.setdefault(group[0].sent_index, []).extend(group)
        for t in range(start, tok.i + 1):
            covered[t] = group[0]
            at[t] = group
    if not added:
        return mentions
    return [m for m in mentions if id(m) not in dropped] + added


def _prior_group(at: dict[int, list[Mention]], k: int, before: int, count: int, skip, sent_of) -> list[Mention]:
    """The parties of the latest group phrase of ``count`` members resolved in sentence ``k`` before
    token ``before`` (a civil war's "both sides" is a pair of one country that no later list names)."""
    found: list[Mention] = []
    for t in sorted(at):
        group = at[t]
        if t < before and sent_of(t) == k and len(group) == count and not {g.code for g in group} & skip:
            found = [g.antecedent or g for g in group]
    return found


def coordinated_parties(doc, mentions: list[Mention], count: int, before: int, after: int = 0,
                        skip: set[str | None] | frozenset = frozenset(), orgs: bool = False) -> list[Mention]:
    """The latest earlier list that coordinates exactly ``count`` countries ("Niger, Mali and Burkina
    Faso left ECOWAS ... the three juntas"): a story names its group once, often in the lead, and
    refers to it by number paragraphs later, when other countries have been named in between.
    Lists with a ``skip`` code (the mediators) are not candidates; ``orgs``: organisations count too
    ("Canada and the European Union ... the two sides")."""
    by_root = {m.root: m for m in mentions if m.code and (orgs or m.code not in _NON_COUNTRY) and m.kind != "pronoun"
               and after <= m.start_char and m.end <= before}
    best: list[Mention] = []
    best_at = -1
    for root in by_root:
        head = doc[root]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.i != root or head.i <= best_at:
            continue  # each list once, from its first member
        members = [by_root.get(t.i) for t in (head, *head.conjuncts)]
        if any(m is None or m.code in skip for m in members):
            continue
        if len({m.code for m in members}) == count == len(members):
            best, best_at = members, head.i
    return best


def _open_group_count(doc, mentions: list[Mention], start: int, si: int, after: int, sent_of) -> int:
    """How many parties an unnumbered "the allies" stands for: the size of the latest list of two to four
    countries coordinated in its own sentence before it or in the previous one; 0 for none."""
    best, best_at = 0, -1
    for n in (2, 3, 4):
        found = coordinated_parties(doc, mentions, n, start, after)
        if found and sent_of(found[0].start) >= si - 1 and found[0].start > best_at:
            best, best_at = n, found[0].start
    return best


def _mediators_phrase(doc, tok, covered) -> tuple[int, int] | None:
    """(start, number or 0) of "the mediators", "the two mediators", "both mediators": a definite
    plural broker noun with no country of its own ("Qatari mediators" names its own)."""
    if tok.tag_ not in ("NNS", "NNPS") or covered[tok.i] is not None and covered[tok.i].code:
        return None
    i = tok.i - 1
    while i >= 0 and tok.i - i <= 3 and doc[i].tag_ in ("JJ", "HYPH"):
        i -= 1  # "the international mediators"
    if i < 0:
        return None
    word = doc[i].lower_
    if word == "both":
        return i, 2
    if word in GROUP_COUNTS and i > 0 and doc[i - 1].lower_ == "the":
        return i - 1, GROUP_COUNTS[word]
    return (i, 0) if word == "the" else None


# Climbing from a group phrase to the verb whose subject it cannot include: through its preposition,
# its noun and control ("offered to host talks between the two governments").
_CLIMB = frozenset({"pobj", "prep", "dobj", "obj", "dative", "xcomp", "compound", "nmod", "acl", "appos"})


def _own_subject_codes(tok, covered, at) -> set[str | None]:
    """Codes of the subject of the clause a non-subject group phrase sits in ("Turkey urged both sides
    to ...", "the kingdom offered to host talks between the two governments" -> SAU). A subject group
    ("Russia said the two countries would ...") and a reported clause's speaker are not excluded."""
    t = tok
    while t.dep_ in _CLIMB and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            v = t
            while not subj and v.dep_ == "conj" and v.head.i != v.i:
                # "said he had spoken with Burhan and urged both sides to sign": the first verb's subject
                v = v.head
                subj = [c for c in v.children if c.dep_ == "nsubj"]
            if subj:
                codes: set[str | None] = set()
                for s in subj:
                    for w in (s, *s.conjuncts):
                        for m in at.get(w.i) or ([covered[w.i]] if covered[w.i] is not None else []):
                            if m.code:
                                codes.add(m.code)
                return codes
    return set()


# Predicates that need two adversaries: "the two countries have clashed", "fighting between the neighbours".
_CONFLICT_VERBS = frozenset({"clash", "fight", "feud", "spar", "quarrel", "skirmish", "battle", "dispute", "wrangle"})
_CONFLICT_NOUNS = frozenset({"fighting", "clash", "clashes", "war", "wars", "conflict", "dispute", "tension", "tensions",
                             "hostility", "hostilities", "feud", "rivalry", "standoff", "stand-off", "row", "skirmishes"})


def _conflict_between(tok) -> bool:
    """The group phrase is the subject of a conflict verb or the object of "between" after a conflict
    noun: then its parties are adversaries, never a pair that just acted together (allies condemning)."""
    if tok.dep_ in _SUBJ:
        verb = tok.head
        return verb.lemma_.lower() in _CONFLICT_VERBS or any(
            c.dep_ in ("dobj", "attr") and c.lower_ in _CONFLICT_NOUNS for c in verb.children)  # "fought two wars"
    return tok.dep_ == "pobj" and tok.head.lower_ == "between" and tok.head.head.lower_ in _CONFLICT_NOUNS


def _principal_over_minor(mentions: list[Mention], parties: list[Mention], count: int, after: int,
                          skip: set[str | None], third_only: bool = False) -> list[Mention]:
    """A conflict between a group phrase's parties whose nearest earlier sentence names a pair that acted
    together ("The United States and Japan condemned the attack. The two countries have clashed
    repeatedly over the shoal"): when the story
    has clear principal parties and a party of that pair is a minor one (named at most half as often
    as the less named principal party), the phrase stands for the principal parties."""
    principal = principal_parties(mentions, count, after, skip)
    if not principal or {p.code for p in principal} == {p.code for p in parties}:
        return parties
    if third_only and {p.code for p in principal} & {p.code for p in parties}:
        return parties  # "Aoun called Macron ... The two leaders agreed": a pair with a principal party
    counts: dict[str | None, int] = {}
    for m in mentions:
        if m.code and m.kind in ("country", "agent", "person", "org") and m.start_char >= after:
            counts[m.code] = counts.get(m.code, 0) + 1
    weakest = min(counts.get(p.code, 0) for p in principal)
    if any(2 * counts.get(p.code, 0) <= weakest for p in parties if p.code not in {q.code for q in principal}):
        return principal
    return parties


def _group_phrase(doc, tok, covered) -> tuple[int, int] | None:
    """(start, number of parties) of "the two [Asian] neighbours", "both sides", "the neighbours"."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    i = tok.i - 1
    # "the two Asian neighbours", "the nuclear-armed neighbours" (a noun only before a hyphen)
    while i >= 0 and tok.i - i <= 4 and (doc[i].tag_ in _GROUP_MODIFIER_TAGS or doc[i + 1].tag_ == "HYPH"):
        i -= 1
    if i < 0:
        return None
    word = doc[i].lower_
    if any(c.dep_ == "prep" and c.lower_ == "of" and not any(
            g.dep_ == "pobj" and g.lower_ in _CONFLICT_NOUNS for g in c.children) for c in tok.children):
        return None  # "both sides of parliament", "the two sides of the border" (not "... of the conflict")
    if word == "both" and (i == tok.i - 1 or tok.lower_ in _PEOPLE_GROUPS):
        start, count = i, 2  # "both sides", "both foreign ministers"
    elif word in GROUP_COUNTS and i > 0 and (doc[i - 1].lower_ == "the" or doc[i - 1].lower_ in ("its", "their")
                                               and tok.lower_ in _COUNTRY_GROUP_NOUNS):
        start, count = i - 1, GROUP_COUNTS[word]  # "its two neighbours": the possessor is not one of them
    elif word == "the" and (tok.lower_ in _PAIR_NOUNS or any(doc[j].lower_ in _PAIR_MODIFIERS for j in range(i + 1, tok.i))):
        start, count = i, 2  # "the (nuclear-armed) neighbours", "the warring parties"
    elif word == "the" and i == tok.i - 1 and tok.lower_ in _OPEN_GROUPS:
        start, count = i, 0  # "the allies": as many as the list just before names
    else:
        return None
    for t in range(start, tok.i + 1):
        m = covered[t]
        if m is not None and (m.kind != "agent" or m.start < start or m.end > tok.i + 1) \
                and not (t == start and doc[t].lower_ in ("its", "their")) and not _region_word(doc, m, t, start, tok):
            return None
    return start, count


def _region_word(doc, m: Mention, t: int, start: int, tok) -> bool:
    """"the three European powers", "the two Gulf states": a region's adjective inside a numbered group
    phrase says where the members are, it is no party of its own (the phrase drops its mention)."""
    return start < t < tok.i and m.code in _NON_COUNTRY and m.start == t and m.end == t + 1 \
        and doc[t].tag_ in ("JJ", "NNP")


def _parties(sent_mentions, before: int) -> list[Mention]:
    """One mention per distinct code named before token ``before`` (places aside); a pronoun
    stands for its antecedent, and a mention with a sector beats a bare or former one."""
    out: dict[str, Mention] = {}
    for m in sent_mentions:
        if m.end <= before and m.code and m.confidence > 0.4:
            m = m.antecedent if m.kind == "pronoun" and m.antecedent is not None else m
            old = out.get(m.code)
            if old is None or old.sector in (None, "ELI") and m.sector not in (None, "ELI"):
                out[m.code] = m
    return list(out.values())


# verbs of a sentence-final attribution ("..., police said")
_TAIL_SAYING = frozenset({"say", "tell", "add", "report", "confirm", "announce", "claim", "allege", "state"})


def _they_antecedents(ctx: StoryContext, tok, covered, at, sent_of) -> list[Mention] | None:
    """The mentions of the nearest earlier subject in the sentence, else of the previous sentence's
    main subject, if they are coded countries, organisations or roles (two or more people too).
    "Police detained students as they blocked a bridge": in a time clause after security forces
    acted on a crowd, "they" is the crowd."""
    crowd = acted_on_crowd(tok, covered)
    if crowd is not None:
        return [crowd]
    subj = None
    for j in range(tok.i - 1, ctx.sents[sent_of(tok.i)].start - 1, -1):
        if ctx.doc[j].dep_ in _SUBJ and ctx.doc[j].tag_ not in ("WP", "WDT") and ctx.doc[j].head.dep_ != "relcl":
            subj = ctx.doc[j]
            break
    if subj is not None:
        found = _plural_subject(subj, covered, at)
        if found is not None or tok.head.dep_ != "ccomp" or subj.head.i != tok.head.head.i:
            return found
        # "Taipei said they had violated its waters": a single speaker is no "they"; the previous
        # sentence's subject is (the Chinese warships)
    si = sent_of(tok.i)
    if si == 0:
        return None
    root = ctx.sents[si - 1].root
    told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if told is not None and root.lemma_.lower() in _TAIL_SAYING:
        root = told  # "Militants attacked a police post, police said. They also ...": the report's subject
    subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
    if subj is None:
        return None
    return _plural_subject(subj, covered, at)


def _plural_subject(subj, covered, at) -> list[Mention] | None:
    """The subject's coded mentions, if they can be "they" (not one country, singular role or person)."""
    found: list[Mention] = []
    for t in _subject_words(subj):
        for m in at.get(t.i) or ([covered[t.i]] if covered[t.i] is not None else []):
            if m not in found:
                found.append(m)
    if not found or any(m.code is None for m in found):
        return None
    kinds = {m.antecedent.kind if m.kind == "pronoun" and m.antecedent else m.kind for m in found}
    if "person" in kinds and len(found) < 2:
        return None  # a single person is "he" or "she"
    if len(found) == 1 and (kinds == {"country"} or (subj.tag_ not in ("NNS", "NNPS") and subj.lower_ != "they")):
        return None  # a single country or singular role is "it"
    return found


def _subject_words(subj) -> list:
    """The subject's head, its conjuncts and their coordinated modifiers ("Thai and Cambodian troops")."""
    out = []
    stack = [subj]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in ("conj", "amod", "compound", "poss", "nmod")
                     # "Mali, Burkina Faso and Niger": the parser reads a list's second name as an apposition
                     or c.dep_ == "appos" and c.pos_ == "PROPN" and any(g.dep_ == "conj" for g in c.children))
    return out

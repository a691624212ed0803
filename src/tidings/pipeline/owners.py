"""Which parties a noun phrase stands for: coordination, owners and listed members.

Split from ``arguments`` (which re-exports these names): "Russia's forces", "Russian and Chinese
warships", "countries such as Germany and France", "forces loyal to Iran", "a tanker belonging
to Russia's shadow fleet", "Sudan's warring generals".
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .base import SPEECH_LEMMAS, Mention, Parse, parse
from .owner_relations import NAMED_AFTER_NOUNS as NAMED_AFTER_NOUNS
from .owner_relations import OTHER_SIDE_NOUNS, named_after_town
from .owner_relations import RELATIONAL_NOUNS as RELATIONAL_NOUNS
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def capitals() -> frozenset[str]:
    """Lower-cased capital names from the bundled countries file."""
    data = json.loads((resources.files("tidings.knowledge") / "countries.json").read_text(encoding="utf-8"))
    return frozenset(c.lower() for item in data.get("countries", []) for c in item.get("capitals", []))


# sites named by their city: "the Baku office of Sputnik", "the Mumbai offices of Hyundai", "the Chennai plant
# of Nissan" are the owner's (the city, capital or not, is where they are)
SITE_NOUNS = frozenset({"office", "bureau", "branch", "studio", "studios", "headquarters", "plant", "factory",
                        "warehouse", "premises", "subsidiary", "facility"})


def _named_after_city(noun: Token, c: Token, by_tok: dict[int, Mention]) -> bool:
    m = by_tok.get(c.i)
    if c.dep_ != "compound" or m is None:
        return False
    if noun.lemma_.lower() in SITE_NOUNS and any(x.dep_ == "prep" and x.lower_ == "of" for x in noun.children):
        return True
    if m.text.lower() not in capitals():
        return named_after_town(c)  # "the Jeddah declaration": a town that is no capital, on an accord
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "the Paris climate agreement"
        noun = noun.head
    return noun.lemma_.lower() in NAMED_AFTER_NOUNS


def _listed_apposition(c: Token) -> bool:
    """'Saudi Arabia, the UAE and Qatar': the parser reads the second name as an apposition of
    the first; a name heading its own coordination is a list member, not another name for it."""
    return (c.dep_ == "appos" and c.pos_ == "PROPN" and c.head.pos_ == "PROPN"
            and any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children))


def _object_before_speaker(p: Parse, i: int) -> bool:
    """'Russian troops shelled Kherson, Ukraine said': the parser makes the verb's object and the
    speaker one subject list of the speech verb (arguments.objects reads the first name as the object)."""
    h, v = p.head[i], p.left[i] - 1
    return (p.dep[i] == "nsubj" and p.pos[i] == "PROPN" and v >= 0 and p.pos[v] == "VERB" and p.head[v] == h
            and p.dep[v] == "ccomp" and p.lemma[h] in SPEECH_LEMMAS and h > i)


def _bare_name_pair(p: Parse, i: int, c: int) -> bool:
    """'Trump hits Brazil, India with tariffs', 'Israel, Hamas': two bare names a comma joins are
    a headline's list, not one name and another name for it (a name is no apposition of a name;
    "Paris, France" only repeats a code). A name with its own words ("Lula, Brazil's president")
    stays an apposition."""
    return (i + 2 == c and p.lower[c - 1] == "," and p.left[c] >= c - 1
            and all(p.dep[g] in ("compound", "det", "punct", "flat") for g in p.kids[c] if g < c)
            and not any(g > c for g in p.kids[c] if p.dep[g] != "punct"))


def _stray_list_tail(tok: Token) -> list[Token]:
    """'refused to receive a mission from ECOWAS, the African Union and the United Nations': the
    parser hangs the rest of the list on the sentence's subject, past the verb; a name list
    right after ``tok``'s phrase that way is the rest of ``tok``'s list."""
    j = _stray_list_tail_index(parse(tok.doc), tok.i, tok.doc)
    return [] if j is None else [tok.doc[j]]


def _stray_list_tail_index(p: Parse, i: int, doc) -> int | None:
    end = p.right[i]
    if p.pos[i] not in ("PROPN", "NOUN") or end + 2 >= len(p.head) or p.lower[end + 1] != ",":
        return None
    h = end + 2
    for _ in range(len(p.head) + 1):  # the word after the comma, then its ancestors
        if p.dep[h] == "appos" and p.pos[h] == "PROPN" and p.left[h] == end + 2:
            hh = p.head[h]
            if p.dep[hh] in ("nsubj", "nsubjpass") and hh < p.head[hh] < i:
                return h
            return None
        if h > end + 2 + 4 or p.head[h] == h:
            break
        h = p.head[h]
    return None


def _misplaced_apposition(c: Token) -> bool:
    """An apposition of a subject that comes after the subject's verb is the tail of a later
    list (``_stray_list_tail``), not another name for the subject."""
    return c.dep_ == "appos" and c.head.dep_ in ("nsubj", "nsubjpass") and c.i > c.head.head.i > c.head.i


def stray_clause_subject(c: Token) -> bool:
    """'Azerbaijan released 32 Armenian servicemen and Armenia freed two soldiers': the parser joins
    the second clause's subject to the first clause's object; a name right before a finite verb
    that has no subject of its own is that verb's subject, not a member of the object list."""
    return _stray_clause_subject(parse(c.doc), c.i)


def _stray_clause_subject(p: Parse, c: int) -> bool:
    if p.dep[c] != "conj" or p.pos[c] != "PROPN" or c + 1 >= len(p.head):
        return False
    v = c + 1
    return (p.pos[v] == "VERB" and p.tag[v] in ("VBD", "VBZ", "VBP") and p.dep[v] == "conj" and v > p.head[c]
            and not any(p.dep[x] in ("nsubj", "nsubjpass") for x in p.kids[v]))


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("the US, Britain and France")."""
    p = parse(doc := tok.doc)
    found = p.memo.get(key := (_conjunct_indices, tok.i))
    if found is None:  # (a function of the tree: worked out once per word)
        found = p.memo[key] = tuple(_conjunct_indices(p, tok.i, doc))
    return [tok] + [doc[i] for i in found]


def _conjunct_indices(p: Parse, i: int, doc) -> list[int]:
    """``conjuncts`` as token indices, ``i`` itself left out."""
    deps, poses, kids = p.dep, p.pos, p.kids
    stack = [c for c in kids[i] if (deps[c] == "conj" and not _stray_clause_subject(p, c)) or (
        # _listed_apposition
        deps[c] == "appos" and poses[c] == "PROPN" and poses[i] == "PROPN"
        and (any(deps[g] == "conj" and poses[g] == "PROPN" for g in kids[c]) or _bare_name_pair(p, i, c)))]
    if stack and _object_before_speaker(p, i):
        stack = []  # "shelled Kherson, Ukraine said": the speaker is no member of the place's list
    tail = _stray_list_tail_index(p, i, doc)
    if tail is not None:
        stack.append(tail)
    found: list[int] = []
    while stack:
        c = stack.pop(0)
        found.append(c)
        stack.extend(x for x in kids[c] if deps[x] == "conj")
    return found


def mentions_for(tok: Token, by_tok: dict[int, Mention], depth: int = 0) -> list[Mention]:
    """Mentions a noun phrase headed by ``tok`` stands for, one per coordinated member."""
    out: list[Mention] = []
    for member in conjuncts(tok):
        found = _own_mentions(member, by_tok, depth)
        for m in found:
            if m not in out:
                out.append(m)
        if found:
            for m in _coordinated_inside(member, found[0], by_tok):
                if m not in out:
                    out.append(m)
    return out


def _coordinated_inside(tok: Token, mention: Mention, by_tok: dict[int, Mention]) -> list[Mention]:
    """Members coordinated inside one noun phrase: "leaders of India, China and Russia",
    "French and German officials" (the mention covers one member; the rest hang off it)."""
    doc = tok.doc
    p = parse(doc)  # by index: the phrase's words and their children make no Token objects
    deps, kids = p.dep, p.kids
    inside = list(range(mention.start, mention.end))
    if tok.i not in inside:
        inside.append(tok.i)
    modifiers = [c for c in kids[tok.i] if deps[c] in ("amod", "compound", "nmod") and not mention.covers(c)]
    out: list[Mention] = []
    for t in inside:
        # "the Chinese and Russian defence ministers": the mention's first word is a conjunct
        # of a modifier outside it
        head = p.head[t]
        if deps[t] == "conj" and not mention.covers(head) and deps[head] in ("amod", "compound", "nmod"):
            for member in [head, *_conjunct_indices(p, head, doc)]:
                m = by_tok.get(member)
                if m is not None and m is not mention and m not in out:
                    out.append(m)
    for t in inside:
        for c in kids[t]:  # "joint US-South Korean drills": a hyphenated partner on the mention
            if (deps[c] in ("compound", "amod", "npadvmod") and not mention.covers(c) and c + 1 < len(doc)
                    and p.lower[c + 1] in ("-", "\u2013")):
                m = by_tok.get(c)
                if m is not None and m is not mention and m not in out:
                    out.append(m)
    # "Philippine, Vietnamese coast guards stage a drill": a headline's demonym list the parser
    # tears apart (the first demonym hangs on the verb); the members right before the mention,
    # each followed by a comma
    j = mention.start - 1
    while j >= 1 and p.lower[j] == "," and p.tag[mention.start] in ("JJ", "NNP", "NNPS"):
        m = by_tok.get(j - 1)
        if (m is None or not m.code or m is mention or m.end != j or p.tag[j - 1] not in ("JJ", "NNP")
                or deps[j - 1] in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss")
                or not (m.start == 0 or p.lower[m.start - 1] == ",")):
            break
        if m not in out:
            out.append(m)
        j = m.start - 1
    for t in inside + modifiers:
        if t in modifiers:
            m = by_tok.get(t)
            if m is not None and m is not mention and any(deps[c] == "conj" or (
                    # "Thailand's army and Cambodian troops": the parser makes the first member a
                    # modifier of the second, with the "and" left on it
                    deps[c] == "cc" and p.lower[c] == "and" and c == p.right[t]) for c in kids[t]):
                out.append(m)
        for c in kids[t]:
            if deps[c] == "conj" and not mention.covers(c):
                for member in [c, *_conjunct_indices(p, c, doc)]:
                    m = by_tok.get(member)
                    if m is not None and m is not mention and m not in out:
                        out.append(m)
    return out


def _party_owned(tok: Token, m: Mention, by_tok: dict[int, Mention]) -> Mention | None:
    """"Germany's ruling Social Democrats": a party name the dictionary knows from another country
    ("Democrats" -> USA) belongs to the country that owns it in the text."""
    if m.code is None or m.kind != "org" or m.sector != "PTY" or tok.i != m.root:
        return None
    owner = next((by_tok[c.i] for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                  and not m.covers(c.i) and c.i in by_tok and by_tok[c.i].kind == "country"
                  and by_tok[c.i].code and by_tok[c.i].code != m.code), None)
    return None if owner is None else replace(m, code=owner.code)


def _own_mentions(tok: Token, by_tok: dict[int, Mention], depth: int) -> list[Mention]:
    m = by_tok.get(tok.i)
    if m is not None:
        if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "prep" and _member_prep(c) for c in tok.children):
            # "NATO members, including Poland and Lithuania": the members listed
            members = [x for x in _ranked_owners(tok, by_tok, depth) if x.code]
            if m.code:
                # "three Colombian nationals, including a former soldier": a member the story only lends
                # a country does not outrank the group's own named one
                members = [x for x in members if x.code == m.code or x.confidence >= m.confidence]
            if members:
                return members
        owned = _party_owned(tok, m, by_tok)
        if owned is not None:
            return [owned]
        if m.code is not None and m.kind == "agent" and m.confidence < 1.0 and depth < 3 and _tied(tok):
            # "hackers tied to China's state security ministry breached ..., the FBI said": a tie named
            # on the words outranks the country the story lends an uncoded role
            tied = _tie_owners(tok, by_tok, depth)
            if tied:
                return tied
        if m.code is None and depth < 3:
            # an uncoded person or role: its owner names the country ("Sudan's warring generals",
            # "Swedish climate activist Greta Thunberg")
            inside = {i for i in range(m.start, m.end)}
            for t in [tok] + [tok.doc[i] for i in sorted(inside) if i != tok.i]:
                owners = [x for x in _ranked_owners(t, by_tok, depth, inside) if x.code]
                if owners:
                    return owners
            grouped = group_anaphor(tok, by_tok) if not m.group else []
            if grouped:  # "urged the three juntas to reconsider"
                return grouped
            spoken = _speakers_own(tok, by_tok, depth)
            if spoken:
                return spoken
        return [m, *m.group]
    if depth >= 3:  # "tens of thousands of Kenyans"
        return []
    named = _descriptor_name(tok, by_tok)
    if named is not None:
        return [named, *named.group]
    ranked = _ranked_owners(tok, by_tok, depth)
    if ranked and all(m.code in REGIONAL_CODES for m in ranked):
        # "accusing the three European governments of ...": the counted members named before, not the bloc
        # the regional adjective codes
        grouped = group_anaphor(tok, by_tok)
        if grouped and not {m.code for m in grouped} & REGIONAL_CODES:
            return grouped
    return ranked or group_anaphor(tok, by_tok) or _its_neighbour(tok, by_tok)


SPEAKER_POSSESSIVES = frozenset({"their", "its", "our"})


def _speakers_own(tok: Token, by_tok: dict[int, Mention], depth: int) -> list[Mention]:
    """'Iranian officials insisted their navy had seized the tanker', 'Russian officials said their air
    defences had downed ...': an uncoded force owned by a pronoun, the subject of a reported clause, is the
    speaker's (the coreference stage leaves "their" unresolved when the speaker is a role, not a name)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp" or not any(
            c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES for c in tok.children):
        return []
    speakers = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
    return [m for s in speakers for m in mentions_for(s, by_tok, depth + 1) if m.code][:3]


def _its_neighbour(tok: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    """"a day after its western neighbour detained two Kenyan activists": "its neighbour" is the one
    country of the sentence that is not the pronoun's (none when two or more others are named; the
    story's other country is the coreference stage's)."""
    if tok.lemma_.lower() not in ("neighbour", "neighbor") or tok.tag_ != "NN":
        return []
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    own = by_tok.get(poss.i) if poss is not None else None
    if own is None or not own.code:
        return []
    others: dict[str, Mention] = {}
    for i, m in sorted(by_tok.items()):
        if i == m.root and m.code and m.code != own.code and len(m.code) == 3 and m.code not in (
                "IGO", "UNO", "EUR", "NGO", "MNC", "ISM", "IMG"):
            others.setdefault(m.code, m)
    return list(others.values()) if len(others) == 1 else []


# "the two Sahel states", "the three capitals", "all four neighbours": countries named earlier in the
# sentence, when exactly that many are listed together (or named at all) before the phrase.
GROUP_ANAPHOR_NOUNS = frozenset({"state", "country", "capital", "neighbour", "neighbor", "nation", "government",
                                 "junta", "ally", "member", "republic"})
REGIONAL_CODES = frozenset({"EUR", "IGO"})
COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def sent_start(tok: Token) -> int:
    """The first token of ``tok``'s sentence, from its parse root (``tok.sent`` builds the whole
    document's sentences: too slow per call)."""
    p = parse(tok.doc)
    root = tok.i
    for _ in range(64):
        if p.head[root] == root:
            break
        root = p.head[root]
    return p.left[root]


def group_anaphor(tok: Token, by_tok: dict[int, Mention]) -> list[Mention]:
    if tok.lemma_.lower() not in GROUP_ANAPHOR_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return []
    counts = [COUNT_WORDS[c.lower_] for c in tok.children if c.dep_ in ("nummod", "det", "predet")
              and c.lower_ in COUNT_WORDS]
    if len(counts) != 1 or not any(c.lower_ in ("the", "both", "all") for c in tok.children if c.dep_ in ("det", "predet")):
        return []
    n, start = counts[0], sent_start(tok)
    before = [m for i, m in sorted(by_tok.items()) if start <= i < tok.left_edge.i and i == m.root and m.code
              and m.kind == "country" and len(m.code) == 3 and m.code not in ("IGO", "UNO", "EUR", "NGO", "MNC")]
    if not before:
        return []
    doc = tok.doc
    lists = []
    for m in before:
        if doc[m.root].dep_ != "conj":
            members = [by_tok[x.i] for x in conjuncts(doc[m.root]) if x.i in by_tok and by_tok[x.i].code]
            if len({x.code for x in members}) == n:
                lists.append(members)
    if lists:
        return lists[-1]
    codes_before: dict[str, Mention] = {}
    for m in before:
        codes_before.setdefault(m.code, m)
    return list(codes_before.values()) if len(codes_before) == n else []


# Common nouns a wire story puts before an organisation's name: "the West African bloc ECOWAS".
DESCRIPTOR_NOUNS = frozenset({"bloc", "group", "alliance", "organisation", "organization", "body", "grouping",
                              "movement", "militia", "agency", "coalition", "court", "union", "watchdog"})


def _descriptor_name(tok: Token, by_tok: dict[int, Mention]) -> Mention | None:
    """"withdrew from the West African bloc ECOWAS": the parser often leaves the name after the
    descriptor unattached (even as a verb); the name right after it is what the phrase stands for
    (not the subject of a relative clause: "the militia Iran backs")."""
    if tok.lemma_.lower() not in DESCRIPTOR_NOUNS or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    m = by_tok.get(nxt.i)
    if m is None or m.start != nxt.i or not m.code or m.kind != "org" or nxt.dep_ in ("nsubj", "nsubjpass"):
        return None
    return m


# Adjectives whose "to"/"with" phrase names the side an armed group serves: "forces loyal to".
ALLEGIANCE_WORDS = frozenset({"loyal", "allied", "aligned", "affiliated", "linked"})
# Participles whose "to"/"by" phrase names a thing's owner.
OWNERSHIP_VERBS = frozenset({"belong", "own", "operate", "run", "control", "charter", "flag", "register"})
# a group "led / headed by" a party's official is that party's ("a delegation led by India's defence minister")
LEAD_VERBS = frozenset({"lead", "head"})
# Participles whose "to"/"for" phrase names who a thing was given to: "visas issued to Pakistani
# citizens", "funds earmarked for Ukrainian reconstruction" (the issuer on "by" is not the owner).
# "tax revenues owed to the Palestinian Authority", "funds promised to Kyiv" likewise.
GRANT_VERBS = frozenset({"issue", "grant", "give", "award", "allocate", "earmark", "extend", "assign", "owe",
                         "promise", "pledge", "destine"})
# People who speak or work for a party named in a "for / with" phrase ("a spokesman for the Kremlin", "an
# official with Hamas"), an "in / at" institution ("an official in Modi's government", "officials at
# Germany's foreign ministry": not a city, where a foreign diplomat may be posted), or "to" for an
# adviser ("an adviser to Zelenskiy"; an envoy or ambassador "to" X is the other side's guest).
SERVING_ROLES = word_list("party_nouns.json", "serving_roles")
ADVISER_ROLES = frozenset({"adviser", "advisor", "aide", "counsellor", "counselor", "assistant", "strategist"})
INSTITUTION_NOUNS = word_list("party_nouns.json", "institution_nouns")


def _serves(tok: Token, prep: Token) -> bool:
    low = prep.lower_
    role = tok.lemma_.lower() if tok.lemma_.lower() in SERVING_ROLES else tok.lower_
    if role not in SERVING_ROLES or low not in ("for", "with", "in", "at", "to"):
        return False
    if low == "to":
        return role in ADVISER_ROLES
    if low in ("in", "at"):
        return any(g.dep_ == "pobj" and g.lemma_.lower() in INSTITUTION_NOUNS for g in prep.children)
    return True


# Texts whose "by" phrase (or "issued / adopted / released by") names the author they speak for.
AUTHORED_NOUNS = word_list("act_nouns.json", "authored_texts")
# Waters named after a country are places, not its property ("the Gulf of Finland", "the Sea of Japan").
WATER_NOUNS = frozenset({"gulf", "sea", "strait", "straits", "bay", "ocean", "channel"})
# Prepositions that list the members of a plural noun: "countries including Spain", "states such as Qatar".
MEMBER_PREPS = frozenset({"including", "like", "as"})


def _member_prep(c: Token) -> bool:
    low = c.lower_
    if low == "as":  # "such as"
        return any(g.lower_ == "such" for g in c.children) or (c.i > 0 and c.nbor(-1).lower_ == "such")
    return low in MEMBER_PREPS


def _ranked_owners(tok: Token, by_tok: dict[int, Mention], depth: int, skip: set[int] | frozenset = frozenset()
                   ) -> list[Mention]:
    # Owners by strength: the apposition and listed members name the thing itself ("his
    # counterpart Mauro Vieira", "countries including Spain"), then a named possessor ("Russia's
    # forces"), modifiers ("Russian troops", "Chinese-made", "forces loyal to Iran"), a possessive
    # pronoun ("its troops from Niger"), and last "of"/"from" phrases. A relational noun's pronoun
    # is the other side ("his Brazilian counterpart", "its allies"); a sea is nobody's ("the Gulf
    # of Finland").
    groups: list[list[Mention]] = [[], [], [], [], []]
    relational = tok.lemma_.lower() in RELATIONAL_NOUNS
    children = list(tok.children)
    # (the parser hangs an ownership participle anywhere in a "worth" value, on the noun or after it:
    # "assets worth $1bn belonging to X", "froze funds worth 20 million pounds belonging to X")
    worth = [c for c in children if c.dep_ == "amod" and c.lower_ == "worth"]
    after = tok.right_edge.i + 1
    if not worth and after < len(tok.doc) and tok.doc[after].lower_ == "worth" and tok.doc[after].head.i in (tok.i, tok.head.i):
        worth = [tok.doc[after]]
    children += [g for w in worth for g in w.subtree if g.dep_ in ("xcomp", "acl") and g.lemma_.lower() in OWNERSHIP_VERBS]
    for c in children:
        if c.i in skip:
            continue
        if _misplaced_apposition(c):
            continue
        if c.dep_ == "appos" or (c.dep_ == "prep" and _member_prep(c)):
            rank = 0
        elif c.dep_ == "poss":
            if c.pos_ == "PRON" and relational:
                continue  # "its European allies", "his counterpart": the pronoun is the other side
            if tok.lemma_.lower() in OTHER_SIDE_NOUNS and c.i in by_tok and by_tok[c.i].kind == "country":
                continue  # "Ukraine's Western backers": a state's partners are other states
            rank = 3 if c.pos_ == "PRON" else 1
        elif _named_after_city(tok, c, by_tok):
            continue
        elif c.dep_ in ("compound", "amod", "nmod") or (
                c.dep_ == "npadvmod" and c.i + 1 < len(c.doc) and c.nbor(1).text == "-"):  # "Chinese-made"
            rank = 2
        elif c.dep_ == "prep" and _serves(tok, c):
            rank = 4  # "a spokesman for the Chinese foreign ministry", "an adviser to Zelenskiy"
        elif c.dep_ == "prep" and (c.lower_ in ("of", "from") or (
                c.lower_ in ("to", "with") and tok.lemma_.lower() in ALLEGIANCE_WORDS)):
            if c.lower_ == "of" and tok.lemma_.lower() in WATER_NOUNS:
                continue
            rank = 2 if c.lower_ in ("to", "with") else 4
        elif tok.lemma_.lower() in AUTHORED_NOUNS and (
                (c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ == "acl" and c.tag_ == "VBN")):
            # "a report by Amnesty accused ...", "a communique issued by ECOWAS leaders demanded ...": a
            # text speaks for its author (not "a report on Amnesty's finances")
            for g in (c.children if c.dep_ == "acl" else [c]):
                if g.dep_ in ("agent", "prep") and g.lower_ == "by":
                    for x in [y for o in g.children if o.dep_ == "pobj" for y in mentions_for(o, by_tok, depth + 1)]:
                        if x not in groups[2]:
                            groups[2].append(x)
            continue
        elif c.dep_ == "acl" and c.lemma_.lower() in TIE_VERBS and _tied(tok):
            continue  # (_tie_owners, below)
        elif c.dep_ == "acl" and (c.lemma_.lower() in OWNERSHIP_VERBS or (c.tag_ == "VBN" and c.lemma_.lower() in LEAD_VERBS)) \
                or (c.dep_ in ("xcomp", "acl") and c.head.i != tok.i):
            # "a tanker belonging to Russia's shadow fleet", "a ship owned by an Israeli firm" (also past a
            # value: "assets worth $300 million belonging to relatives of Assad")
            for g in c.children:
                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "to"):
                    for x in [
                            y for o in g.children if o.dep_ == "pobj" for y in mentions_for(o, by_tok, depth + 1)]:
                        if x not in groups[2]:
                            groups[2].append(x)
            continue
        elif c.dep_ == "acl" and c.lemma_.lower() in GRANT_VERBS and c.tag_ == "VBN":
            for g in c.children:
                if g.dep_ in ("prep", "dative") and g.lower_ in ("to", "for"):
                    for x in [
                            y for o in g.children if o.dep_ == "pobj" for y in mentions_for(o, by_tok, depth + 1)]:
                        if x not in groups[2]:
                            groups[2].append(x)
            continue
        else:
            continue
        target = c
        if c.dep_ == "prep":
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
            if target is None:
                continue
        group = groups[rank]
        if rank == 0 and c.dep_ == "prep":
            # listed firms do not replace the state that owns them: "U.S. defence firms, including
            # Lockheed Martin" stays USA
            members = [x for member in conjuncts(target) for x in _own_mentions(member, by_tok, depth + 1)]
            group.extend(x for x in members if x.code and x.code not in ("MNC", "NGO") and x not in group)
            continue
        if by_tok.get(target.i) is not None:
            # "Russian and Chinese warships", "countries such as Germany, France and Italy"
            for member in conjuncts(target):
                mm = by_tok.get(member.i)
                if mm is not None:
                    mm = _party_owned(member, mm, by_tok) or mm
                if mm is not None and mm not in group:
                    group.append(mm)
        else:
            for member in conjuncts(target) if c.dep_ == "prep" else [target]:
                for x in _own_mentions(member, by_tok, depth + 1):
                    if x not in group:
                        group.append(x)
    if _tied(tok):  # "a company linked to Iran's Mahan Air", "hackers linked to Russia's GRU"
        groups[2] += [m for m in _tie_owners(tok, by_tok, depth) if m not in groups[2]]
    # (an apposition naming an uncoded person does not hide a coded owner: "The UN's top human rights
    # official Volker Turk" is UNO)
    if groups[1] and tok.dep_ == "conj" and tok.head.i in by_tok and by_tok[tok.head.i].code and tok.head.i + 2 < len(tok.doc) \
            and tok.doc[tok.head.i + 1].lower_ == "and" and any(m.start == tok.head.i + 2 for m in groups[1]):
        # "Mali and Niger's decision to cut ties": the parser joins "Mali" to the noun, not to "Niger's"
        groups[1].insert(0, by_tok[tok.head.i])
    if relational and groups[0] and groups[2] and not {m.code for m in groups[0]} & {m.code for m in groups[2]}:
        # "his Afghan counterpart Amir Khan Muttaqi and Pakistan's Ishaq Dar": the parser hung a list of
        # names under the relation noun; its own demonym still names one member
        return unique(groups[2] + groups[0])
    return next((g for g in groups if any(m.code for m in g)), None) or next((g for g in groups if g), [])


def unique(mentions: list[Mention], exclude: list[Mention] | tuple = ()) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if m not in out and m not in exclude:
            out.append(m)
    return out


def codes(mentions: list[Mention]) -> tuple[str, ...]:
    return tuple(sorted({m.code for m in mentions if m.code}))


def mentions_of(toks: list[Token], by_tok: dict[int, Mention]) -> list[Mention]:
    out: list[Mention] = []
    for t in toks:
        for m in mentions_for(t, by_tok):
            if m not in out:
                out.append(m)
    return out


# the ties of things and covert agents live in owner_ties (they read mentions_for above)
from .owner_ties import COVERT_MODIFIERS as COVERT_MODIFIERS  # noqa: E402
from .owner_ties import COVERT_NOUNS as COVERT_NOUNS  # noqa: E402
from .owner_ties import TIE_VERBS as TIE_VERBS  # noqa: E402
from .owner_ties import TIED_NOUNS as TIED_NOUNS  # noqa: E402
from .owner_ties import _tie_owners, _tied  # noqa: E402
from .owner_ties import covert as covert  # noqa: E402

"""Domestic recipients (docs/plover-decisions.md "Domestic recipients", "PROTEST with no explicit
target"): the scene an event happens in, the compatriots it targets, and the words around a party
that do not make it one (a cause or side it takes, "pro-EU demonstrators"; the audience of a
report, "told Reuters"). Split from event_recipients.py, which calls these from ``_settle``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_targets import NON_COUNTRY_CODES
from .event_threat_targets import any_act_party as any_act_party
from .event_threat_targets import any_nouns as any_nouns
from .stance_mentions import stance_mention
from .word_lists import word_list

if TYPE_CHECKING:

    from spacy.tokens import Doc, Token

    from .base import Mention

PREMISE_WORDS = frozenset({"embassy", "consulate", "mission", "legation", "chancery", "residence"})
SCENE_PREPS = ("in", "across", "throughout", "outside", "at", "near", "around", "inside", "on")

# -- the audience of a report is no party of the reported act ---------------------------------------
SPEECH_VERBS = frozenset({"tell", "say", "inform", "brief", "write", "speak", "confirm", "explain"})
REPORT_VERBS = frozenset({"report", "say", "tell", "confirm", "announce", "claim", "add"})


def audience(m: Mention, trigger: Token, doc: Doc) -> bool:
    """'killed 30 civilians, residents told Reuters': Reuters heard of the strike, it was not hit."""
    if m.sector != "JRN" and m.code != "MNC":
        return False  # "Iran told the IAEA it would suspend cooperation": a state's audience is its partner
    t = doc[m.root]
    if t.dep_ in ("dobj", "dative", "iobj") and t.head.lemma_.lower() in SPEECH_VERBS and t.head.i != trigger.i:
        return True
    if t.i > trigger.i and any(c.dep_ == "acl" and c.lemma_.lower() in REPORT_VERBS for c in t.children):
        return True  # "granted amnesty to 300 soldiers ..., the state news agency reported": the reporter, misread as an object
    return (t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in SPEECH_VERBS
            and t.head.head.i != trigger.i)


# -- compatriots as the target of words ------------------------------------------------------------
# Verbal acts aimed at people of no country of their own: the scene's compatriots, as for arrests
# ("rejected opposition demands", "called on young protesters", "vowed to crush the opposition").
VERBAL_DOMESTIC_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "CONCEDE"})
# a head of state's clemency for the state's opponents ("pardoned 40 jailed protesters") is the home country's, as
# their release is; a court's acquittal keeps none (the tuned dev gold)
CLEMENCY_WORDS = frozenset({"pardon", "amnesty", "commute", "clemency"})


def clemency(h) -> bool:
    return h.tok.lemma_.lower() in CLEMENCY_WORDS or (h.noun is not None and h.noun.lemma_.lower() in CLEMENCY_WORDS) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in CLEMENCY_WORDS for c in h.tok.children)  # ("granted amnesty to ...")
# (pardons and refusals that name the general public, migrants or journalists stay without a
# recipient, as the older gold has them: only the state's political opponents qualify here)
CONTESTING_WORDS = word_list("people_nouns.json", "contesting_groups")
DOMESTIC_GROUP_WORDS = word_list("people_nouns.json", "domestic_groups")
ANYONE_WORDS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "people"})
CONTESTING_SECTORS = frozenset({"OPP", "PTY", "REB"})


def group_word(t: Token) -> bool:
    return t.lemma_.lower() in DOMESTIC_GROUP_WORDS or t.lower_ in DOMESTIC_GROUP_WORDS


# people made contesters by what they are doing ("striking university students", "protesting farmers")
CONTESTING_MODIFIERS = frozenset({"striking", "protesting", "demonstrating", "rioting", "marching", "rebel",
                                  "dissident", "opposition"})


# ... or held for taking part in unrest ("40 people jailed over last year's anti-tax protests")
UNREST_NOUNS = frozenset({"protest", "unrest", "riot", "demonstration", "rally", "uprising", "strike", "march",
                          # (and for plotting against the state: "soldiers convicted over a coup plot")
                          "plot", "coup", "putsch", "mutiny", "insurrection", "rebellion", "sedition", "subversion"})


def contesting(t: Token) -> bool:
    return t.lemma_.lower() in CONTESTING_WORDS or t.lower_ in CONTESTING_WORDS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in CONTESTING_MODIFIERS for c in t.children) or any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
            p.dep_ == "prep" and p.lower_ in ("over", "for", "during", "after", "in") and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in UNREST_NOUNS or any(  # ("over a 2015 coup attempt")
                    x.dep_ == "compound" and x.lemma_.lower() in UNREST_NOUNS for x in g.children))
                for g in p.children) for p in c.children)
        for c in t.children)


# determiners that, with a relative clause, pick out whoever does something ("any politician who defies the order")
PICKING_DETERMINERS = frozenset({"any", "every", "all", "whichever"})


# an apology or promise to people wronged at home and their kin is the home country's (round 22, stories)
VICTIM_WORDS = frozenset({"victim", "family", "relative", "survivor", "widow", "orphan", "kin", "bereaved"})
AMENDS_WORDS = {"CONCEDE": frozenset({"apologise", "apologize", "apology"}),
                "AGREE": frozenset({"promise", "pledge", "vow", "guarantee"})}


def amends_act(h) -> bool:
    """An apology (CONCEDE) or a promise (AGREE) told by its own verb or noun."""
    words = AMENDS_WORDS.get(h.etype, frozenset())
    return h.tok.lemma_.lower() in words or (h.noun is not None and h.noun.lemma_.lower() in words)


def amends(h, t: Token) -> bool:  # ``t`` names victims (or their kin) of an apology or a promise
    return t.lemma_.lower() in VICTIM_WORDS and amends_act(h)


def picked_out(t: Token) -> bool:
    """'threatened any politician who defied the order', 'warned every official who ...': people a state's
    words pick out by what they do are people at home, like its opponents."""
    return any(c.dep_ == "det" and c.lower_ in PICKING_DETERMINERS for c in t.children) and any(
        c.dep_ == "relcl" for c in t.children)


def verbal_targets(h, recipient: list[Mention], by_tok: dict[int, Mention]) -> tuple[list[Mention], list[Token]]:
    """Uncoded people recipients of a verbal act, or (none named) a group word on its object
    ("opposition demands", "a fascist opposition plot") in the act's own clause."""
    objects, passive_subjects, prep_objects = _arguments.objects, _arguments.passive_subjects, _arguments.prep_objects

    loose = [m for m in recipient if m.code is None and m.kind in ("agent", "person") and (
        m.sector in CONTESTING_SECTORS or contesting(h.tok.doc[m.root]) or picked_out(h.tok.doc[m.root])
        or amends(h, h.tok.doc[m.root]))]
    if loose or recipient:
        return loose, []
    heads = objects(h.tok) + prep_objects(h.tok, tuple(h.entry.rprep or ()) + ("on", "to", "against"))
    heads += [g for c in h.tok.children if c.dep_ == "prt" and c.lower_ == "on" for g in c.children
              if g.dep_ == "pobj"]  # "called on student protesters" (the parser's particle)
    # "vowed to crush (what he called) a fascist opposition plot": the object inside the content verb
    for c in h.tok.children:
        if c.dep_ == "xcomp":
            heads += [t for t in c.subtree if t.dep_ in ("dobj", "oprd", "attr", "pobj", "nsubjpass")
                      and (t.pos_ in ("NOUN", "PROPN") or t.lower_ in ANYONE_WORDS) and not _past_clause(t, c)]
    # "those who block roads will be arrested", "warned anyone who disrupted the vote": the people a
    # relative clause picks out at home
    heads += [t for t in passive_subjects(h.tok) if t.lower_ in ANYONE_WORDS]
    words = [t for o in heads for t in [o, *o.children] if (t is o or t.dep_ in ("compound", "amod", "poss", "nmod"))
             and (contesting(t) or (t.lower_ in ANYONE_WORDS and any(c.dep_ == "relcl" for c in t.children))
                  or amends(h, t))]
    named = [by_tok[t.i] for t in words if t.i in by_tok]
    if named:  # a mention the parse left out of the recipients
        return [m for m in named[:1] if m.kind in ("agent", "person")], []
    return [], words[:1]


def group_target(h, by_tok: dict[int, Mention]) -> Token | None:
    """'fired tear gas at marchers', 'detained striking miners': a group word the actors stage left
    uncoded, as the object of a hostile act (the domestic rules give it the scene's country)."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects

    word = h.noun if h.noun is not None else h.tok
    cands = objects(h.tok) + prep_objects(h.tok, ("at", "on", "against"))
    if word.i != h.tok.i:
        cands += prep_objects(word, ("at", "on", "against"))
    # ("stripped 94 dissidents of their citizenship": an uncoded mention the events stage did not pass on)
    found = next((t for t in cands if (t.i not in by_tok or by_tok[t.i].code is None) and group_word(t)), None)
    if found is None:
        dispersed = _event_crowds.dispersed

        found = dispersed(h, by_tok, uncoded=True)  # "used tear gas to break up crowds of young people"
    return found


def _past_clause(t: Token, top: Token) -> bool:
    """True when ``t`` sits in another clause below ``top`` ("..., as police detained protesters")."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("advcl", "relcl", "conj", "parataxis"):
            return True
        t = t.head
    return False


def mention_at(tok: Token, like: Mention, sector: str | None) -> Mention:
    _M = _base.Mention

    return _M(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text), text=tok.text,
              code=like.code, sector=sector, kind="agent", sent_index=like.sent_index, root=tok.i,
              confidence=0.5)


def scene_of(h, by_tok: dict[int, Mention]) -> Mention | None:
    """The coded place the event happens in, the actor's own country included ("in Borno",
    "across Kenya", "Police in Lagos ..."); never a foreign mission's premises."""
    BORDER_WORDS, objects, place_mention = _arguments.BORDER_WORDS, _arguments.objects, _arguments.place_mention
    prep_objects, subject_tokens = _arguments.prep_objects, _arguments.subject_tokens

    holders = [h.tok] + ([h.noun] if h.noun is not None else []) + objects(h.tok)
    if h.tok.dep_ in ("advcl", "conj") and h.tok.tag_ == "VBG":  # "hijacked a train in X, taking hostages"
        holders += [h.tok.head] + objects(h.tok.head)
    holders += [g for t in list(holders) for c in t.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]
    subjects = subject_tokens(h.tok)[0]
    holders += subjects  # "Police in Lagos", "Students in Dhaka"
    # "an air strike on a village in Zamfara state killed ...": the attack noun's own target phrase
    holders += [g for t in subjects for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for g in c.children if g.dep_ == "pobj"]
    si = next(iter(by_tok.values())).sent_index if by_tok else 0
    for t in holders:
        for g in prep_objects(t, SCENE_PREPS):
            if g.lemma_.lower() in PREMISE_WORDS or g.lemma_.lower() in BORDER_WORDS:
                continue  # a border is both sides' place ("at the Greek border")
            m = place_mention(g, by_tok, si)
            if m is not None and m.code and m.code not in NON_COUNTRY_CODES and m.kind != "person":
                return m
    return None


# Participles and relative verbs that hang a charge on a person ("six men suspected of smuggling heroin from
# Pakistan", "a man convicted of spying for Israel", "a blogger jailed for posting on Facebook").
CHARGE_WORDS = frozenset({"suspect", "accuse", "convict", "charge", "jail", "sentence", "want", "implicate", "allege",
                          "blame", "imprison", "indict", "find", "arrest", "detain", "hold", "link", "tie"})


def charge_content(h) -> set[int]:
    """Tokens of what the people an act is done to are charged with ("accused opposition leaders of taking
    orders from Brussels", "arrested six men suspected of smuggling heroin from Pakistan", "jailed a blogger
    for posting on Facebook"): the charge names no scene and no party of the act itself."""
    tok = h.tok
    objects = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    out: set[int] = set()
    for x in (tok, *objects):
        for c in x.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "over") and (h.etype == "ACCUSE" or any(
                    g.tag_ == "VBG" for g in c.children)):  # (an object's own phrase stays: "the accounts of three lenders")
                out.update(t.i for t in c.subtree)
            elif x.i != tok.i and c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CHARGE_WORDS:
                out.update(t.i for t in c.subtree)
    return out


def home_of(h, actor: list[Mention], by_tok: dict[int, Mention], story_country: Mention | None,
          single: bool = True) -> Mention | None:
    scene = scene_of(h, by_tok)
    if scene is not None or not single:
        return scene
    doc = h.tok.doc
    # ("Russian-speaking residents of Uralsk": a language or side names no second country)
    # (nor does the news agency a source spoke to: "local officials told AFP")
    # ("accusing parliament of sympathising with North Korea": what the accused is charged with sets no scene)
    charge = charge_content(h)
    countries = {m.code for m in by_tok.values() if m.code and m.code not in NON_COUNTRY_CODES
                 and m.sector != "JRN" and not stance_mention(m, doc) and m.root not in charge}
    if len(countries) == 1:
        named = [m for m in by_tok.values() if m.code in countries and m.kind == "country"]
        return (named or [m for m in actor + list(by_tok.values()) if m.code in countries])[0]
    if not countries and story_country is not None:
        return story_country
    return None


# Acts against people that a party, court or group may denounce at home: "denounced the detention of
# its lawmakers by police", "condemned the killing of protesters" (PLOVER: domestic on both sides).
HOSTILE_ACT_NOUNS = word_list("act_nouns.json", "hostile_act_nouns")


def judged_compatriots(h, own: set[str], by_tok: dict[int, Mention], story_country: Mention | None) -> list[Mention]:
    """'Imran Khan's party denounced the detention of its lawmakers by Islamabad police': a
    denounced act with no foreign party targets the actor's own country (its doer when named)."""
    objects, prep_objects = _arguments.objects, _arguments.prep_objects
    mentions_of = _owners.mentions_of

    acts = [o for o in objects(h.tok) if o.lemma_.lower() in HOSTILE_ACT_NOUNS or o.lower_ in HOSTILE_ACT_NOUNS]
    if not acts:
        return []
    doers = [m for m in mentions_of([g for x in [*acts, h.tok] for g in prep_objects(x, ("by",))], by_tok) if m.code]
    if doers:
        return doers[:1]  # ("denounced the arrest of its citizen by Russian police": the foreign doer too)
    if any(m.code and m.code not in own for t in acts for m in mentions_of([x for x in t.subtree], by_tok)):
        return []  # "condemned the arrest of a French journalist": the parse's business
    home = home_of(h, h.actor, by_tok, story_country)
    return [mention_at(acts[0], home, None)] if home is not None and home.code in own else []


# Institutions and facilities that belong to the country they stand in (a bare place never
# makes a recipient: a strike by a country inside its own territory has none).
INSTITUTION_TARGETS = {
    "prison": "JUD", "jail": "JUD", "penitentiary": "JUD", "court": "JUD", "courthouse": "JUD",
    "parliament": "LEG", "assembly": "LEG", "legislature": "LEG", "congress": "LEG", "senate": "LEG",
    "station": "COP", "precinct": "COP", "checkpoint": "COP", "barracks": "MIL", "base": "MIL",
    "ministry": "GOV", "office": "GOV", "headquarters": None, "building": None, "palace": "GOV",
    "stronghold": "REB", "hideout": "REB", "camp": None, "school": "EDU", "university": "EDU",
    "hospital": "MED", "clinic": "MED", "mosque": "REL", "church": "REL", "temple": "REL",
    "synagogue": "REL", "monastery": "REL", "pagoda": "REL", "shrine": "REL", "cell": "REB", "party": "PTY", "newspaper": "MED", "broadcaster": "MED", "airport": None,
    "hotel": None, "post": "MIL", "outpost": "MIL", "garrison": "MIL", "depot": None, "refinery": None,
    "plant": None, "facility": None, "dam": None, "convoy": None, "patrol": "MIL",
    "compound": None, "complex": None, "installation": None, "cantonment": "MIL", "academy": "EDU",
    # vehicles full of people, when attacked ("separatists attacked a train in Balochistan")
    "train": None, "bus": None, "ferry": None, "minibus": None,
    # homes and refuges, when attacked ("gangs torched homes in Carrefour"): their residents are the scene's
    "home": "CVL", "house": "CVL", "shelter": "CVL", "shop": "CVL",
    # gatherings and bodies of people banned, broken up or attacked ("banned the Budapest Pride
    # march", "dissolved the teachers' union"): the people in them are the scene's
    "march": "CVL", "rally": "CVL", "demonstration": "CVL", "gathering": "CVL", "vigil": "CVL", "protest": "CVL",
    "sit-in": "CVL",
    "union": "LAB", "movement": None, "organisation": None, "organization": None, "outlet": "MED",
    "channel": "MED", "association": None, "charity": "NGO",
}
# targets that are the scene's only when attacked ("ambushed an army convoy"; "blocking aid convoys" targets no one)
ATTACK_ONLY_TARGETS = frozenset({"convoy", "patrol", "train", "bus", "ferry", "minibus", "home", "house", "shelter", "shop"})
# gatherings that are the scene's only when banned or broken up ("banned all protests"; a protest staged is
# the protesters' own act, whose target protest_target settles)
HARM_ONLY_TARGETS = frozenset({"protest", "sit-in"})


def person_object(h, by_tok: dict[int, Mention]) -> Mention | Token | None:
    """The person an arrest or killing is done to: a mention of a person or role, or a bare noun."""
    objects, passive_subjects = _arguments.objects, _arguments.passive_subjects

    for t in passive_subjects(h.tok) + objects(h.tok) + misparsed_object(h.tok):
        m = by_tok.get(t.i)
        if m is None:  # "opposition leader Rached Ghannouchi": the name in apposition
            m = next((by_tok[c.i] for c in t.children if c.dep_ == "appos" and c.i in by_tok), None)
        if m is not None and m.kind in ("person", "agent"):
            return m
    return detainee(h, by_tok)


def misparsed_object(verb: Token) -> list[Token]:
    """'A court in Tunis sentenced opposition leader X to 22 years ..., his lawyer said': the parser
    reads the verb as a participle on its object noun; that noun is the object."""
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" for c in verb.children):
        return [verb.head]
    return []


def institution(h, by_tok: dict[int, Mention]) -> Token | None:
    """A prison, parliament, police station ... the event is aimed at ("raided a prison",
    "stormed the parliament building", "a raid on a hideout")."""
    conjuncts, objects = _arguments.conjuncts, _arguments.objects
    passive_subjects, prep_objects = _arguments.passive_subjects, _arguments.prep_objects

    word = h.noun if h.noun is not None else h.tok
    rprep = tuple(h.entry.rprep) + ("on", "against", "of", "into")
    cands = passive_subjects(h.tok) + objects(h.tok) + prep_objects(h.tok, rprep)
    if word.i != h.tok.i:
        cands += prep_objects(word, rprep)
    cands += [g for t in list(cands) for g in prep_objects(t, ("on", "against", "of"))]
    for t in cands:
        for x in conjuncts(t):
            if x.i in by_tok:
                continue
            if x.lemma_.lower() in INSTITUTION_TARGETS and (h.etype == "ASSAULT" or x.lemma_.lower() not in ATTACK_ONLY_TARGETS) \
                    and (h.etype in ("ASSAULT", "COERCE") or x.lemma_.lower() not in HARM_ONLY_TARGETS):
                return x
    return None


def attack_victims(h, by_tok: dict[int, Mention]) -> list[Mention]:
    """'an attack that killed six soldiers': the people a relative clause on the attack noun names."""
    if h.etype != "ASSAULT":
        return []
    mentions_of, objects, prep_objects = _arguments.mentions_of, _arguments.objects, _arguments.prep_objects

    # "claimed responsibility for an attack that killed six soldiers": the attack noun under the verb
    nouns = [h.noun] if h.noun is not None else [g for o in objects(h.tok) for g in [o, *prep_objects(o, ("for",))]]
    clauses = [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    return [m for m in mentions_of([o for c in clauses for o in objects(c)], by_tok) if m.kind == "agent"]


# Acts whose object is always a person: its uncoded object noun is a domestic target.
PERSON_OBJECT_VERBS = word_list("act_verbs.json", "person_object_verbs")
KILL_VERBS = frozenset({"kill", "wound", "injure", "massacre", "behead", "torture", "beat"})


def detainee(h, by_tok: dict[int, Mention]) -> Token | None:
    objects, passive_subjects = _arguments.objects, _arguments.passive_subjects

    if h.noun is not None or h.tok.lemma_.lower() not in PERSON_OBJECT_VERBS:
        return None
    for t in passive_subjects(h.tok) + objects(h.tok) + misparsed_object(h.tok):
        if t.i in by_tok or any(c.dep_ == "poss" for c in t.children):
            continue
        # "sentenced opposition leader Rached Ghannouchi": a name the actors stage does not know
        if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or any(
                c.dep_ == "compound" and c.pos_ == "NOUN" for c in t.children))):
            return t
        # "police in Manila arrested him on a warrant from the ICC": a person the coreference left
        # uncoded is arrested at the scene like a named one (arrests only)
        if h.etype == "COERCE" and t.lower_ in ("him", "her"):
            return t
        # "Kenyan police kill 16 in crackdown": a bare count of people
        if t.pos_ == "NUM" and t.dep_ == "dobj" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return t
    return None


# -- "police fired tear gas to disperse them": the people a pronoun object stands for -------------------
OBJECT_PRONOUNS = frozenset({"them"})
# how far back the antecedent may be (this sentence and the one before it)
ANTECEDENT_WINDOW = 80


def pronoun_antecedent(h, actor: list[Mention], by_tok: dict[int, Mention]) -> tuple[Token, Mention | None] | None:
    """The people a 'them' object of a hostile act stands for: the nearest earlier plural noun that
    is a crowd word or carries a party's code, outside the act's own subject and objects
    ("thousands of students gathered ..., and police fired tear gas at them" -> the students;
    "approached two Philippine vessels and fired water cannon at them" -> PHL). Returns the noun and
    its coded mention (None for an uncoded crowd), or None. Runs only on a 'them' object."""
    objects, prep_objects, subject_tokens = _arguments.objects, _arguments.prep_objects, _arguments.subject_tokens

    word = h.noun if h.noun is not None else h.tok
    direct = objects(h.tok) + prep_objects(h.tok, ("at", "on", "against", "upon"))
    direct += [g for c in h.tok.children if c.dep_ in ("xcomp", "advcl") for g in objects(c)]  # "to disperse them"
    if word.i != h.tok.i:
        direct += prep_objects(word, ("at", "on", "against"))
    direct += [g for o in list(direct) for g in prep_objects(o, ("of",))]  # "arrested dozens of them"
    prons = [t for t in direct if t.lower_ in OBJECT_PRONOUNS]
    # "seized their catch": a possessive on the object names its owners (only a coded antecedent counts)
    owners = [c for o in objects(h.tok) for c in o.children if c.dep_ == "poss" and c.lower_ == "their"]
    if not prons and not owners:
        return None
    pron = prons[0] if prons else owners[0]
    doc = pron.doc
    # ("fired live bullets at them"; not the "dozens" whose "of them" it is)
    skip = {t.i for o in objects(h.tok) if o.i != pron.i and pron.i not in {x.i for x in o.subtree} for t in o.subtree}
    skip |= {i for m in actor for i in range(m.start, m.end)}
    skip |= {t.i for s in subject_tokens(h.tok)[0] for t in s.subtree}
    for i in range(pron.i - 1, max(-1, pron.i - ANTECEDENT_WINDOW), -1):
        t = doc[i]
        if i in skip or t.tag_ not in ("NNS", "NNPS"):
            continue
        # ("13 fishermen from the central province of Quang Ngai": where they come from names them)
        origin = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        origin += [g for o in origin for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        coded = next((by_tok[x.i] for x in [t, *t.children, *origin] if x.i in by_tok and by_tok[x.i].code
                      and (x.i == t.i or x.dep_ in ("amod", "compound", "poss", "nmod", "pobj"))), None)
        if coded is not None:
            return t, coded
        if group_word(t) or t.lemma_.lower() in CROWD_WORDS:
            return (t, None) if not owners or prons else None
    return None


# crowd words only as a pronoun's antecedent (as objects of a hostile act many are no people:
# "detained workers" is, "blocked the farmers' tractors" is not a question here)
CROWD_WORDS = word_list("people_nouns.json", "crowd_antecedents")


# -- a restriction of the whole population ------------------------------------------------------------
# "Madagascar imposed a curfew on the capital": a curfew or martial law restricts the people living
# there, so it takes the home country as the domestic recipient (the lead's brief, round 8); a shut
# internet or a closed road on a bare place still does not ("Bare places never qualify").
POPULATION_MODES = frozenset({"curfew", "martial-law"})


# "the town of Bara", "the city of Goma": a name under a place noun is a place, whatever the tagger
# made of it (a person recipient there would become a domestic target)
PLACE_NOUNS = word_list("place_nouns.json", "name_place_nouns")


def under_place_noun(m: Mention, doc: Doc) -> bool:
    t = doc[m.root]
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    return t.dep_ in ("appos", "compound") and t.head.lemma_.lower() in PLACE_NOUNS


def pronoun_party(h, actor: list[Mention], own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """'approached two Philippine vessels and fired water cannon at them': the party a 'them'
    object stands for (a coded antecedent of another country)."""
    ante = pronoun_antecedent(h, actor, by_tok)
    if ante is None or ante[1] is None or ante[1].code in own or ante[1].code in NON_COUNTRY_CODES:
        return []
    return [ante[1]]


# Public bodies an investigation at home may be aimed at ("opened a probe into the electoral institute",
# "investigators raided ... and probed the state oil agency"): the home country's (docs: "Domestic
# recipients", round 9); a probe names its target, unlike a condemnation of an attack on a building.
PROBED_BODIES = {
    "institute": "GOV", "agency": "GOV", "commission": "GOV", "council": "GOV", "authority": "GOV",
    "ministry": "GOV", "department": "GOV", "office": "GOV", "board": "GOV", "tribunal": "JUD", "court": "JUD",
    "police": "COP", "army": "MIL", "military": "MIL", "service": "GOV", "bureau": "GOV", "regulator": "GOV",
    "parliament": "LEG", "congress": "LEG", "government": "GOV", "cabinet": "GOV", "prison": "JUD"}


def probed_body(h, by_tok: dict[int, Mention]) -> Token | None:
    """'opened a probe into the electoral institute': an uncoded public body an investigation is
    aimed at (ACCUSE mode investigate only)."""
    if h.etype != "ACCUSE" or h.mode != "investigate":
        return None
    conjuncts, objects, prep_objects = _arguments.conjuncts, _arguments.objects, _arguments.prep_objects

    word = h.noun if h.noun is not None else h.tok
    cands = [*objects(h.tok), *prep_objects(h.tok, ("into", "of", "on", "against"))]
    if word.i != h.tok.i:
        cands += prep_objects(word, ("into", "of", "on", "against"))
    for t in cands:
        for x in conjuncts(t):
            if x.i not in by_tok and x.lemma_.lower() in PROBED_BODIES:
                return x
    return None


def border_side(doc, m: Mention) -> bool:
    """"villagers near the Lebanese border": the border's side names a place, not a party."""
    t = doc[m.root]
    b = t.head
    return t.dep_ in ("amod", "compound") and b.lemma_.lower() in ("border", "frontier", "boundary") \
        and b.dep_ == "pobj" and b.head.lower_ in ("near", "along", "close", "at", "by", "to")


def relation_object(h) -> bool:
    """'Kyrgyzstan restored ties after Tajikistan signed the border treaty': a relation restored with no
    partner named answers the one whose act it follows (the provoker, as for reprisals)."""
    objects = _arguments.objects
    from .event_parties import RELATION_NOUNS  # (rare: an import cycle at module level)

    return any(o.lemma_.lower() in RELATION_NOUNS or o.lower_ in RELATION_NOUNS for o in objects(h.tok))


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import arguments as _arguments  # noqa: E402
from . import base as _base  # noqa: E402
from . import event_crowds as _event_crowds  # noqa: E402
from . import owners as _owners  # noqa: E402

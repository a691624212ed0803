"""Two recipient rules about relations (round 10, recipients): who an appeal is addressed to, and the
other signatory of a treaty left or suspended. ``settle_recipients`` (event_recipients.py) calls them.
Round 11 (clauses): whom a labelled act accuses (``labelled_act_doers``, called by the events stage).

* An appeal's addressee is the party asked, not the people it is for: *the ICRC appealed for $80
  million to help civilians displaced by fighting in eastern Congo*, *urged donors to step up support
  for families displaced in northern Nigeria* have no recipient (docs: "Domestic recipients" lists no
  home recipient for appeals; an aid body is not asking the country it works in unless it names it:
  *urged Israel to let its staff visit detainees* -> ISR).
* A treaty, pact or accord left, suspended or ended names its other signatory on its own phrase:
  *withdraw from a 2000 agreement with the United States* -> USA, *suspended its participation in
  the New START treaty with Washington* -> USA, *pulled out of a border accord it had signed with
  Eritrea* -> ERI (docs: SANCTION `withdraw`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import parse
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .base import Candidate, Mention

# clause links below an appeal: the asked party's task and the appeal's purpose ("urged donors | to
# fund ...", "appealed for $45 million | to provide water for children in Yemen")
PURPOSE_DEPS = frozenset({"xcomp", "advcl", "ccomp", "acl", "relcl", "pcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def appeal_beneficiaries(h, actor: list[Mention], recipient: list[Mention], doc: Doc) -> list[Mention]:
    """REQUEST: drop the recipients that lie inside the appeal's purpose or task clause without being
    its subject, when they are people or things (a country named there may be the one to act:
    "called for Israel to allow fuel in" keeps ISR as the clause's subject), or the requester's own
    ("to keep its hospitals open"). The addressee on the trigger itself ("urged Israel",
    "appealed to the Taliban authorities") is never inside such a clause."""
    if h.etype != "REQUEST" or not recipient:
        return recipient
    own = {m.code for m in actor if m.code}
    anchors = {h.tok.i} | ({h.noun.i} if h.noun is not None else set())
    kept = [m for m in recipient if not _in_purpose(doc[m.root], anchors)
            or (m.kind == "country" and m.code not in own)]
    return kept if len(kept) != len(recipient) else recipient


def _in_purpose(t: Token, anchors: set[int]) -> bool:
    """True when ``t`` hangs below one of ``anchors`` through a clause verb of which it is not the subject."""
    cur, subject, clause = t, False, False
    for _ in range(14):
        if cur.i in anchors:
            return clause
        if cur.dep_ in SUBJECT_DEPS:
            subject = True  # the clause's own subject is a party to act ("called for Israel to allow ...")
        elif cur.dep_ in PURPOSE_DEPS:  # (any tag: the tagger makes "recover" a noun)
            if not subject:
                clause = True
            subject = False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


TREATY_NOUNS = frozenset({"treaty", "agreement", "accord", "pact", "deal", "convention", "memorandum",
                          "arrangement", "protocol", "partnership", "alliance", "accords", "treaties", "agreements"})
# "suspended its participation in the treaty", "froze its role in the pact"
SHARE_NOUNS = frozenset({"participation", "membership", "role", "part", "implementation", "obligations",
                         "commitments", "adherence"})
# "an accord it had signed with Eritrea", "the pact concluded with Washington"
NON_PARTY_CODES = frozenset({"NGO", "MNC", "ISM", "IMG"})
SIGN_VERBS = frozenset({"sign", "conclude", "reach", "strike", "negotiate", "agree", "seal", "ink", "initial"})


def treaty_partner(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """SANCTION: the other signatory of the treaty, pact or accord left, suspended or ended, named on
    the treaty's phrase ("with X", "between A and B") or on a relative clause ("signed with X")."""
    if h.etype != "SANCTION" or not own:
        return []
    conjuncts, objects, prep_objects = _arguments.conjuncts, _arguments.objects, _arguments.prep_objects
    coded_targets = _event_targets.coded_targets

    verb = h.tok
    layer = objects(verb) + prep_objects(verb, ("from", "of", "out", "on"))
    # "pulled out of the accord": the phrase hangs on the particle
    layer += [g for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "away")
              for g in prep_objects(c, ("of", "from"))]
    if h.noun is not None and h.noun.i != verb.i:
        layer += [h.noun] + prep_objects(h.noun, ("from", "of"))  # "Russia's withdrawal from the treaty"
    layer += [g for n in list(layer) if n.lemma_.lower() in SHARE_NOUNS for g in prep_objects(n, ("in", "of", "to", "under"))]
    layer = [x for n in layer for x in conjuncts(n)]
    treaties = [n for n in layer if n.lemma_.lower() in TREATY_NOUNS or n.lower_ in TREATY_NOUNS]
    sides = [g for n in treaties for g in prep_objects(n, ("with", "between"))]
    sides += [g for n in treaties for c in n.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in SIGN_VERBS
              for g in prep_objects(c, ("with", "between"))]
    sides = [x for g in sides for x in conjuncts(g)]
    # (a body is a signatory too: "its fishing agreement with the European Union"; a firm or NGO is not)
    return [m for m in coded_targets(sides, own, by_tok) if m.code not in NON_PARTY_CODES]


# "an appeal for 100 million Swiss francs", "a $2 billion loan in Chinese yuan": a currency's country
# is no party to the act paid or asked for in it
CURRENCY_WORDS = word_list("party_nouns.json", "currency_words")


def drop_currencies(recipient: list[Mention], doc: Doc) -> list[Mention]:
    """Recipients that are only a currency's demonym ('Swiss' in 'Swiss francs')."""
    if not recipient:
        return recipient
    kept = [m for m in recipient if not (m.end - m.start == 1 and doc[m.root].dep_ in ("amod", "compound")
                                         and doc[m.root].head.lower_ in CURRENCY_WORDS)]
    return kept if len(kept) != len(recipient) else recipient


def asked_subject(h, own: set[str], by_tok: dict[int, Mention]) -> list[Mention]:
    """REQUEST 'demanded that X do Y': X is the one asked, whatever Y's object names ('The EU demanded that
    China stop supplying drone parts to Russia' -> CHN, not RUS; 'demanded that the United Arab Emirates stop
    financing the paramilitary group' -> ARE). The coded subject of the demand's that-clause, not the
    requester's own."""
    if h.etype != "REQUEST" or (h.noun is not None and h.noun.i != h.tok.i):
        return []
    direct_subjects = _arguments.direct_subjects
    coded_targets = _event_targets.coded_targets

    subjects = [s for c in h.tok.children if c.dep_ == "ccomp" for s in direct_subjects(c)[0]]
    return [m for m in coded_targets(subjects, own, by_tok) if m.code not in NON_PARTY_CODES]


def _state_place(m: Mention) -> bool:
    """A country or its capital: a state holds people there ("held in Russia", "jailed in Minsk"); a territory or
    region names no jailer ("hostages held in Gaza": the older gold has no recipient)."""
    gazetteer = _gazetteer.gazetteer

    loc = gazetteer().resolve(m.text)
    return loc is None or loc.feature_code in ("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "PPLC")


RELEASE_NOUNS = frozenset({"release", "freedom", "return", "repatriation", "extradition", "handover"})
HOLD_WORDS = frozenset({"hold", "detain", "jail", "imprison", "sentence", "arrest", "capture", "abduct", "kidnap",
                        "seize", "convict", "hostage", "prisoner", "detainee", "captive"})


def release_holder(h, own: set[str], by_tok: dict[int, Mention], found: list[Mention]) -> list[Mention]:
    """REQUEST for someone's release: who holds them is the one asked. The holder named inside the
    release phrase ("the reporter held in Russia", "hostages held by Hamas", "sentenced to 19 years in
    Belarus") outranks the detainee's own nationality; with none named and no other party found, the one
    other country of the sentence ("met Xi in Beijing ..., as Canberra pressed for the release of detained
    writer Yang Hengjun" -> CHN). [] when no rule applies."""
    if h.etype != "REQUEST" or not own:
        return []
    from .argument_places import place_mention
    objects, prep_objects = _arguments.objects, _arguments.prep_objects
    coded_targets = _event_targets.coded_targets

    word = h.noun if h.noun is not None else h.tok
    nouns = [o for o in objects(h.tok) + prep_objects(h.tok, ("for",)) + ([word] if word.i != h.tok.i else [])
             if o.lemma_.lower() in RELEASE_NOUNS]
    if not nouns:
        return []
    sent = h.tok.sent
    si = next((m.sent_index for m in by_tok.values() if sent.start <= m.root < sent.end), None)
    inside = [t for n in nouns for t in n.subtree if t.i != n.i]
    holders: list[Mention] = []
    for t in inside:
        if t.lemma_.lower() not in HOLD_WORDS:
            continue
        holders += coded_targets(prep_objects(t, ("by",)), own, by_tok)
        for g in prep_objects(t, ("in", "inside")):
            m = by_tok.get(g.i) or (place_mention(g, by_tok, si) if si is not None else None)
            if m is not None and m.code and m.code not in own and m.code not in NON_PARTY_CODES and _state_place(m):
                holders.append(m)
    if holders:
        return holders[:1]
    if any(m.code and m.code not in own for m in found) or si is None:
        return []
    # (not the detainee's own words, nor where the demand was made: "demanded ... at a rally in Lahore")
    spans = {t.i for t in inside} | {g.i for p in h.tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "during")
                                     for g in p.subtree}
    others = {m.code: m for m in by_tok.values() if m.sent_index == si and m.code and m.code not in own
              and m.code not in NON_PARTY_CODES and m.code not in ("IGO", "UNO", "EUR") and m.root not in spans}
    return list(others.values()) if len(others) == 1 else []


def _summed_act(cands: list[Candidate], noun: Token, own: set[str]) -> Candidate | None:
    """The candidate of the verb whose object the summing noun is an apposition to, when a foreign party did it."""
    verb = next((a for a in noun.head.ancestors if a.pos_ == "VERB"), None)
    d = next((x for x in cands if verb is not None and x.trigger == verb.i), None)
    return d if d is not None and any(m.code and m.code not in own for m in d.actor) else None


# verbs that label an act ("calling the seizure an act of piracy", "condemned the arrests as illegal")
LABEL_VERBS = frozenset({"call", "brand", "describe", "label", "term", "dub", "denounce", "condemn", "decry",
                         "criticise", "criticize", "slam", "deplore"})
# what on the act noun names its own parties ("the seizure by Iran", "Iran's seizure", "the attack on X")
OWN_PARTY_PREPS = frozenset({"by", "of", "on", "against", "from"})


def labelled_act_doers(cands: list[Candidate], doc: Doc, nouns: dict) -> None:
    """ACCUSE with no coded recipient that labels a bare act noun ('..., and Greece demanded the release of the
    ship and its crew, calling the seizure an act of piracy'): the act is the one the sentence reported before
    it, and its doer is the one accused, not whoever the neighbouring clause's object stands for."""
    codes = _arguments.codes
    for c in cands:
        own = set(codes(c.actor))
        if c.event != "ACCUSE" or any(m.code and m.code not in own for m in c.recipient):
            continue
        t = doc[c.trigger]
        if t.lemma_.lower() not in LABEL_VERBS:
            continue
        if t.dep_ == "relcl" and t.head.dep_ == "appos" and (d := _summed_act(cands, t.head, own)) is not None:
            # "... and detained three Kenyan police officers, an incursion it described as a violation"
            c.recipient = [m for m in d.actor if m.code and m.code not in own]
            continue
        obj = next((k for k in t.children if k.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in nouns or any(
                k.dep_ == "poss" or (k.dep_ == "prep" and k.lower_ in OWN_PARTY_PREPS) for k in obj.children):
            continue
        types = {e.type for e in nouns[obj.lemma_.lower()]}
        earlier = [d for d in sorted(cands, key=lambda x: -x.trigger) if d is not c and d.trigger < t.i
                   and d.sent_index == c.sent_index and d.event in types]
        # the act the noun names by its own verb first ("the seizure" -> "seized", not "had confiscated")
        stem = obj.lemma_.lower()[:4]
        earlier.sort(key=lambda d: not doc[d.trigger].lemma_.lower().startswith(stem))
        for d in earlier[:1]:
            doers = [m for m in d.actor if m.code and m.code not in own]
            if doers:
                c.recipient = doers
                c.extra["events.recipient_from_act"] = d.trigger


# "condemned what it called ...", "rejected what it termed ...": the verb that names the free relative's content
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "dub", "characterise", "characterize"})
FREE_RELATIVE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


def free_relative_targets(cands: list[Candidate], doc: Doc, by_tok: dict[int, Mention]) -> None:
    """'Washington condemned what it called reckless conduct by Beijing', 'Seoul denounced what it described as
    Pyongyang's provocations': the object is a free relative; the party is the one named on the label (its
    owner, its by / from phrase, which the parser may hang on the naming verb)."""
    recipient_mentions = _arguments.recipient_mentions
    for c in cands:
        if c.event not in FREE_RELATIVE_TYPES:  # (a recipient found elsewhere is a guess: the label names it)
            continue
        t = doc[c.trigger]
        naming = next((k for k in t.children if k.dep_ in ("ccomp", "dobj") and k.lemma_.lower() in NAMING_VERBS
                       and any(g.lower_ == "what" and g.i < k.i for g in k.children)), None)
        if naming is None:  # (the free relative's "what" hangs on the naming verb)
            continue
        labels = [k for k in naming.children if k.dep_ in ("oprd", "dobj", "attr") and k.lower_ != "what"]
        labels += [g for k in naming.children if k.dep_ == "prep" and k.lower_ == "as" for g in k.children
                   if g.dep_ == "pobj"]
        parties = [k for n in labels for k in n.children if k.dep_ == "poss"]
        parties += [g for h in [naming, *labels] for k in h.children if k.dep_ == "prep" and k.lower_ in ("by", "from")
                    for g in k.children if g.dep_ == "pobj"]
        found = [m for m in recipient_mentions(parties, by_tok) if m.code] if parties else []
        own = {m.code for m in c.actor if m.code}
        found = [m for m in found if m.code not in own]
        if found:
            c.recipient = found


# verbs that put a label on a thing: "what the army called limited raids", "what Kyiv described as an attack"
LABEL_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"})


def free_relative_doer(noun: Token, light_verbs: frozenset[str]) -> list[Token]:
    """'Israeli troops began what the army called limited ground raids', 'Russia launched what Kyiv described as
    the largest air attack of the war': an act noun named by a label in a free relative that is the object of a
    light verb is that verb's act, done by its subject (the labeller only names it): the subject tokens, then any
    target phrase on the label verb; [] otherwise."""
    label = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ not in ("oprd", "dobj", "attr", "pobj") or label.lemma_.lower() not in LABEL_VERBS:
        return []
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in label.children):
        return []
    outer = label.head
    if label.dep_ not in ("ccomp", "dobj", "xcomp") or outer.lemma_.lower() not in light_verbs:
        return []
    doers = [c for c in outer.children if c.dep_ == "nsubj"]
    # (a target phrase the parser hung on the label verb: "what the army called raids into southern Lebanon")
    return doers + [g for p in label.children if p.dep_ == "prep" and p.lower_ in ("into", "on", "against")
                    for g in p.children if g.dep_ == "pobj"] if doers else []


def whose_owner(found: list[Mention], doc: Doc, by_tok: dict[int, Mention]) -> list[Mention]:
    """'The Philippine president, whose coast guard was rammed by Chinese ships, ...', 'Tusk, whose government
    closed the consulate': a party named by "whose" + noun in a relative clause belongs to the clause's antecedent
    and takes its code (the actors stage may have given the bare noun another party's); a noun with its own country
    word keeps its code ("whose Russian partners")."""
    from dataclasses import replace

    out: list[Mention] = []
    p = parse(doc)  # (labels read by index: no Token object per child, asked for every mention found)
    for m in found:
        named = any(p.dep[c] in ("amod", "compound", "nmod") and p.ent[c] in ("GPE", "NORP") for c in p.kids[m.root])
        if not named and (owner := _whose_antecedent(doc[m.root], by_tok)) is not None:
            m = replace(m, code=owner.code, sector=m.sector or owner.sector)
        out.append(m)
    return out


def _whose_antecedent(tok: Token, by_tok: dict[int, Mention]) -> Mention | None:
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        return None
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None
    ante = by_tok.get(clause.head.i)
    return ante if ante is not None and ante.code else None


# (at the end, read at call time: these modules import this one, directly or not; an import statement in a
# hot function costs ~3 us a call)
from . import arguments as _arguments  # noqa: E402
from . import event_targets as _event_targets  # noqa: E402
from . import gazetteer as _gazetteer  # noqa: E402

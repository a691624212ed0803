"""Noun triggers of the events stage, as a mixin of ``Events``: an event named by a noun
("the airstrike", "held talks", "Iran faces sanctions from the EU", "blamed Iran for the
attack"). The noun's actor comes from its possessor or modifiers, a *by* / *of* / *from*
phrase, the subject of a light verb (*carried out strikes*), the accused of an accusation, or
a frame verb (*is considering sanctions*); its recipient from the type's prepositions. Split
from events.py, which keeps the token pass, verb triggers and the candidate."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import (
    datives,
    frame_verb,
    objects,
    prep_objects,
    recipient_mentions,
    subject_tokens,
    unique,
)
from .event_background import DURATION_NOUNS, reason_phrase, street_protest, stretch_of_acts
from .event_fold import Hit
from .event_nominal_frames import UNDERGO_VERBS, carrying_verb, received_from
from .event_nominal_owner import BLAME_ADJECTIVES as BLAME_ADJECTIVES  # (events.py reads it here)
from .event_nominal_owner import OwnerMixin, armed_modifier, armed_scene, blamed_on_phrase
from .event_nominal_parts import (
    CLAUSE_TYPES,
    ENVOY_WORDS,
    FAILING_VERBS,
    FORCE_ON_CROWDS,
    TOLL_VERBS,
    _coded,
    _conditioned,
    _domestic_protest,
    _framed_clause,
    _setting_verb,
    _stretch_parties,
    _through_portions,
    _told_history,
    _topic_of,
    awaited,
    clause_parties,
    clause_scene,
    co_owners,
    consequence,
    deep_recipients,
    denied_want,
    drawers,
    exercise_frame,
    frame_owners,
    held_span,
    hyphen_pair,
    imposer_modifier,
    joint_operation,
    joint_setting,
    label_noun,
    nested_recipients,
    noun_settings,
    protested_content,
    recalling_speakers,
    refused_content,
    scene_actor,
    speaking_state,
    subnational_names,
    their_sides,
    trailing_author,
)
from .event_nominal_targets import answering_verb, implied_recipients
from .event_nominal_unreal import amid_crowd, campaign_rally, foreseen, offered_meeting
from .event_rules import circumstantial
from .event_targets import BODY_CODES  # bodies whose own sessions are multilateral meetings
from .word_lists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention
    from .verblex import Trigger

# "hundreds of airstrikes", "a wave of drone attacks": the container stands in for the noun
QUANTITY_HEADS = word_list("act_nouns.json", "quantity_heads")
SETTING_PREPS = frozenset({"during", "on", "in"})
# an owned act named in these phrases is still the owner's act ("amid Trump's threats to seize the canal")
SETTING_OWNED_PREPS = frozenset({"despite", "amid", "during"})
# "Ukraine's request was turned down by Trump": who answers a request or offer is its addressee
ANSWERED_TYPES = frozenset({"REQUEST", "AGREE", "ACCUSE", "THREATEN"})
ANSWER_VERBS = word_list("reaction_verbs.json", "answer_verbs")
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})


class NominalMixin(OwnerMixin):
    """Noun triggers; needs ``lex``, ``_lemma`` and ``_mentions`` from the host class."""

    def _noun_rprep(self, tok: Token) -> tuple[str, ...]:
        entries = self.lex.nouns.get(tok.lemma_.lower())
        return entries[0].rprep if entries else ()

    def _noun_type(self, tok: Token) -> str | None:
        entries = self.lex.nouns.get(tok.lemma_.lower())
        return entries[0].type if entries else None

    # -- nouns ------------------------------------------------------------------------
    def _noun_hit(self, tok: Token, entries: list[Trigger], by_tok: dict[int, Mention]) -> Hit | None:
        cfg = noun_settings()
        lemma = tok.lemma_.lower()
        if tok.ent_type_ in ("DATE", "TIME"):
            return None  # "in March": a month, not a march
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in cfg["force_nouns"]:
            return None  # "riot police", "strike force", "protest squad": a kind of force, no act
        if _told_history(tok, cfg["feature_nouns"]) or _conditioned(tok) or _topic_of(tok, cfg) or (
                denied_want(tok) or label_noun(tok) or foreseen(tok, cfg["prospect_holders"])) or (
                entries[0].type == "CONSULT" and offered_meeting(tok)) or campaign_rally(tok, tok, by_tok, self._mentions):
            return None
        # "since Hamas's release of the hostages", "before Ukraine's incursion into Kursk": an act its doer
        # names is an event, as after "after" ("since the war" stays a setting)
        dated = tok.dep_ == "pobj" and tok.head.lower_ in ("since", "before") and any(
            (c.dep_ in ("poss", "amod", "compound") and c.i in by_tok and by_tok[c.i].code
             and not (c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC"))) or (  # ("since the Alaska summit")
                c.dep_ in ("prep", "agent") and c.lower_ == "by" and _coded(self._mentions(list(c.children), by_tok)))
            for c in tok.children) or bool(their_sides(tok, by_tok))
        # "at / upon / in response to a request (from / of) X": the act the clause answers names who asked
        answered_ask = lemma in cfg["at_idioms"] and tok.dep_ == "pobj" and (tok.head.lower_ in ("at", "upon", "after", "following") or (
            tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in ("response", "answer", "reply")))
        if circumstantial(tok) and not dated and not answered_ask and not joint_setting(tok, entries, by_tok):
            return None  # a setting: "at the summit" (not "at Ukraine's request")
        # "after weeks of Israeli airstrikes on Gaza", "ending a week of border fighting": a stretch of
        # earlier acts is an event when its doers are known (docs: round 8), not "after days of strikes"
        stretch = stretch_of_acts(tok)
        slot = tok  # the word that fills the verb's slot
        if tok.dep_ == "pobj" and (
                (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in QUANTITY_HEADS | cfg["containers"])
                or (tok.head.lower_ in ("in", "of") and (tok.head.head.pos_ == "NUM" or any(
                    c.dep_ == "nummod" for c in tok.head.head.children)) and tok.head.head.lemma_.lower() not in DURATION_NOUNS)):
            # "$250 million / 50 million euros in aid" (not "four days of strikes": a stretch of acts)
            slot = tok.head.head  # also "a show of support for", "a message of condolence to"
        elif tok.dep_ == "compound" and tok.head.lemma_.lower() in QUANTITY_HEADS:
            if any(e.subj and lemma in e.subj for e in self.lex.nouns.get(tok.head.lemma_.lower(), ())):
                return None  # "an aid package": the package's own entry codes it
            slot = tok.head  # "the sanctions package announced by Canada"
        elif (span := held_span(tok, self.lex.light_verbs | cfg["light_verbs"], self._lemma)) is not None:
            slot = span  # "held two days of talks", "began three days of trilateral drills": the span is the act's slot
        elif (frame := exercise_frame(tok, entries)) is not None:
            slot = frame  # "the U.S.-South Korean exercise season", "entered the drill area": the exercise named as a time or place
        if any(n.dep_ == "pobj" and n.head.lower_ in ("for", "of") and n.head.head.pos_ == "NOUN"
               and n.head.head.lemma_.lower() in cfg["content_holders"] for n in (tok, slot)):
            # "a warrant for his arrest", "the threat of arrest", "Hungary's veto of the sanctions
            # package": one act, the holder's
            return None
        if slot.dep_ == "dobj" and self._lemma(slot.head) in cfg["undoing_verbs"]:
            return None  # "reversed his refusal to accept deportation flights": undone, not done
        if refused_content(slot) and not any(x.type in ("REJECT", "REQUEST", "AGREE") for x in entries):
            return None  # "vetoed the EU's new sanctions package": never imposed
        if awaited(slot) and not any(x.type == "CONSULT" for x in entries):
            return None  # "ahead of Chinese naval drills": not yet done (a visit ahead is a planned meeting)
        anchor = tok.head.head if stretch else slot  # ("rose after weeks of talks": the stretch's span)
        # "shares in defence companies rose after NATO's summit": a market's timeline, no event (unless the act
        # names both sides: "oil prices jumped after Iran's missile attack on Israel", checked below)
        market = anchor.dep_ == "pobj" and anchor.head.lower_ in ("after", "before", "following", "since", "amid", "ahead") and (
            gov := next((a for a in anchor.head.ancestors if a.pos_ in ("VERB", "AUX")), None)) is not None and any(
            s.lemma_.lower() in cfg["market_subjects"] for s in subject_tokens(gov)[0])
        head = slot.head
        if slot.dep_ == "nsubj" and any(x.mode == "ceasefire" for x in entries) and any(
                v.lemma_.lower() in FAILING_VERBS for v in [head, *(c for c in head.children if c.dep_ == "xcomp")]):
            return None  # "a fragile truce between the two neighbours appeared to collapse": no act of keeping it
        reason = reason_phrase(tok)
        light = (
            slot.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB"
            and (self._lemma(head) in self.lex.light_verbs or self._lemma(head) in cfg["light_verbs"])
            # "the attack was carried by state media": only "carried out" does the act
            and not (self._lemma(head) == "carry" and not any(c.dep_ == "prt" for c in head.children))
            # "held up the summit", "put off the visit": a particle that undoes the light verb (not a
            # preposition read as one: "held drills off/pobj Luzon")
            and not any(c.dep_ == "prt" and c.lower_ in ("up", "off", "back", "down")
                        and not any(g.dep_ == "pobj" for g in c.children) for c in head.children
                        if self._lemma(head) in ("hold", "put", "keep", "bring", "take"))
        )
        if light and (subj := subject_tokens(head)[0]) and all(
                s.lemma_.lower() in self.lex.nouns and s.i not in by_tok for s in subj):
            light = False  # "the withdrawal ended a decade-long deployment": an act does not do another
        if not light and (carrier := carrying_verb(slot)) is not None:
            head, light = carrier, True  # "has been on hunger strike", "pressed ahead with airstrikes"
        instrument = None
        if (slot.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB"
                and self._lemma(head.head) in self.lex.instrument_verbs):
            instrument = head.head  # "hit Russia with sanctions": the verb's object is the target
            head, light = instrument, True
        undergoer = None
        if (slot.dep_ == "dobj" and head.pos_ == "VERB" and self._lemma(head) in UNDERGO_VERBS) or (
                slot.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come"):
            # "Iran faces sanctions from the EU", "Ukraine came under Russian attack":
            # the subject is on the receiving end
            undergoer = head if slot.dep_ == "dobj" else head.head
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        # "Serbian students' blockade", "the nurses' strike": an owner that is a group of people classes the act
        mods |= {c.lemma_.lower() for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"}
        mods |= {g.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "nmod")
                 for g in c.children if g.dep_ in ("amod", "compound")}  # "joint bomber patrols"
        if slot.i != tok.i and slot.dep_ != "dobj":  # "the U.S.-South Korean exercise season": the frame's words are the act's
            mods |= {c.lemma_.lower() for c in slot.children if c.dep_ in ("compound", "amod", "nmod")}
        if hyphen_pair([tok, slot], by_tok):
            mods.add("joint")  # "a U.S.-Philippine patrol", "Polish-Lithuanian exercises": two sides act together
        doers: set[str] = set()
        if light:  # "Kenyan nurses began an indefinite strike": the doer of a light verb classes the act
            doers = {w.lemma_.lower() for s in subject_tokens(head)[0] for w in s.subtree
                     if w.dep_ in ("nsubj", "nsubjpass", "compound", "conj", "pobj") or w.i == s.i}
            if len({by_tok[w.i].code for s in subject_tokens(head)[0] for w in s.subtree if w.i in by_tok and by_tok[w.i].code
                    and (w.dep_ in ("amod", "compound", "conj", "nmod", "poss") or w.i == s.i)}) >= 2:
                mods.add("joint")  # "South Korean and U.S. troops opened their exercise season": two sides act together
        # who does it, for the subject classes: "a wave of strikes by rail and refinery workers"
        of_objs = _through_portions(prep_objects(tok, ("of",)))
        # the parser often hangs the noun's own phrases on its last complement: "a blockade of
        # border crossings by Polish truckers", "the warrant for his arrest issued by the ICC"
        comps = [g for g in of_objs + prep_objects(tok, ("for",)) if g.i not in by_tok]
        mods |= {w.lemma_.lower() for n in {tok, slot, *comps} for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj" for w in g.subtree if w.dep_ in ("pobj", "compound", "conj", "nmod")}
        # what the act is about, for the object classes ("the halt to electricity supplies", "a request for forgiveness")
        about = of_objs + prep_objects(tok, ("to", "for", "on", "over", "about", "at", "from", "into"))
        of_words = {g.lemma_.lower() for g in about} | {c.lemma_.lower() for g in about for c in g.children  # "the messaging
                    if c.dep_ == "compound" or (c.dep_ == "amod" and g in of_objs)}  # platform X", "of consular officials"
        if any(c.lower_.endswith("flagged") for g in of_objs for c in g.children if c.dep_ in ("amod", "compound")):
            of_words.add("vessel")  # "the seizure of the Portuguese-flagged MSC Aries": a flag is a ship's
        # "after his arrest", "Navalny's release": without an "of" phrase the owner of a
        # patient noun is the one it happens to, not the doer
        patient = lemma in cfg["patient_nouns"] and not of_objs
        owner = self._owner_actor(tok, slot, by_tok, patient, of_objs + prep_objects(tok, ("for",)))
        if not owner and any(x.type in SPEECH_TYPES for x in entries):
            # "U.S. charges against the Venezuelan leader", "EU demands for reform": a coded compound says a
            # speech act's author (not "Ukraine aid", whose compound receives)
            owner = _coded([by_tok[c.i] for c in tok.children if c.dep_ == "compound" and c.i in by_tok
                            and by_tok[c.i].identifier_text not in subnational_names()])  # (not "the Pahalgam attack")
        if not owner and any(x.type == "SANCTION" for x in entries):
            owner = imposer_modifier(tok, by_tok)  # "condemned U.S. tariffs on Chinese goods": the other side imposes
        # "a demand from Niger's junta", "the release of detainees from Israeli prisons"
        from_owner = _coded(self._mentions(prep_objects(tok, ("from",)), by_tok))
        # "the Council will meet at Ukraine's request": the idiom names who asked, the verb's subject was asked
        asked = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        at_request = answered_ask and asked is not None
        if at_request and not owner:  # "at the request of the Mozambican government": the "of" phrase asked
            owner = _coded(self._mentions(prep_objects(tok, ("of",)), by_tok))
        # "imposed counter-tariffs in response to Trump's tariffs": an owned act another clause answers
        answered = slot.dep_ == "pobj" and answering_verb(head) is not None
        probed = slot.dep_ == "pobj" and head.lower_ in ("into", "for", "of", "over") and (
            head.head.lemma_.lower() in cfg["probe_holders"])
        argument_slot = at_request or stretch or slot.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos") or (
            slot.dep_ == "pobj" and slot.head.lower_ in ("by", "after", "following", "since", "before")) or (
            slot.dep_ == "pobj" and slot.head.lower_ == "of" and slot.head.head.lemma_.lower() in cfg["report_nouns"]) or (
            # "resumed deportations despite appeals from the UN to halt them", "amid Pakistan's accusations
            # that Kabul ...", "during Beijing's drills around the island": an owned act the clause is set in
            slot.dep_ == "pobj" and slot.head.lower_ in SETTING_OWNED_PREPS) or answered or (
            # "the Kremlin welcomed Armenia's request for a summit", "debated Lebanon's request", "turned
            # down a request from Washington": an owned speech act as the object of any verb but one that
            # seeks it ("sought Washington's backing": not given yet); not "shadowed a Philippine patrol"
            slot.dep_ == "dobj" and (self._lemma(head) in cfg["reaction_verbs"] or (
                entries[0].type in CLAUSE_TYPES and head.pos_ == "VERB"))  # (not "rejected as baseless/ADJ the accusations")
            and self._lemma(head) not in cfg["pursuit_verbs"])
        # "the ceasefire brokered by Qatar between Israel and Hamas": the parser hangs the noun's
        # own phrases on its participle
        participles = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        # ("talks between the foreign ministers of Egypt and Turkey": the parties one "of" down)
        between = _coded(recipient_mentions([b for n in [tok, *comps, *participles] for b in prep_objects(n, ("between",))],
                                            by_tok)) or their_sides(tok, by_tok)  # ("clashes between their troops")
        # "calls from Budapest to postpone the vote" = "calls for postponing it" (not "a call to Zelenskiy
        # to discuss ...": a phone call names whom it reaches)
        # ("ignored calls from Budapest to postpone ...": the parser may hang the infinitive on the verb)
        to_clause = any((c.dep_ == "acl" or (c.dep_ == "advcl" and c.i > tok.i and tok.dep_ == "dobj"))
                        and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                        for c in [*tok.children, *(head.children if tok.dep_ == "dobj" else ())]
                        if c.head.i == tok.i or c.dep_ == "advcl") and not prep_objects(tok, ("to", "with", "on"))
        for e in entries:
            if e.subj is not None and not ((mods | doers) & e.subj):
                continue
            if e.notsubj and mods & e.notsubj:
                continue
            if e.obj is not None and not ((of_words | mods) & e.obj):
                continue
            weighed = e.type == "SANCTION" and slot.dep_ == "dobj" and self._lemma(head) in cfg["penalty_weighing_verbs"]
            weighed = weighed or (e.type == "COOPERATE" and joint_operation(tok, [e], by_tok))
            if e.need_trigger_verb and not light and not weighed and not (argument_slot and (
                    ((lemma in cfg["owner_licensed"] or slot.lemma_.lower() in cfg["containers"])
                     # (a plural is a habit unless it names its target: not "North Korea's missile tests",
                     # but "Washington's visa bans on Georgian officials")
                     and (tok.tag_ != "NNS" or len({m.code for m in owner}) >= 2
                          or bool(_coded(recipient_mentions(prep_objects(tok, e.rprep), by_tok)))
                          or (slot.dep_ == "pobj" and head.lower_ in SETTING_OWNED_PREPS) or answered
                          # ... or is answered: "brushed aside Germany's accusations of interference"
                          or (slot.dep_ in ("dobj", "nsubjpass") and self._lemma(head) in ANSWER_VERBS)
                          # ... or its content: "threats from Ankara to expel the ambassador"
                          or any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children))
                     and (owner or (e.from_actor and from_owner and (lemma not in cfg["clause_only_from"] or any(
                         c.dep_ in ("acl", "advcl", "relcl", "ccomp") for c in tok.children)))))
                    or (e.sym and len(between) >= 2)
                    # "the exchange of 390 prisoners with Russia had been completed, Ukraine said"
                    or (e.sym and argument_slot and slot.dep_ != "dobj" and _coded(recipient_mentions(prep_objects(tok, ("with",)), by_tok)))
                    )) and not (e.sym and len(between) >= 2 and slot.dep_ == "dobj"):
                # a noun alone is a topic; "Hamas's release of", "a swap between" are acts where they
                # are what the clause is about, not "under its arms deal", "against Washington's support",
                # "North Korea's missile tests have become more frequent"
                continue
            if e.needs and not all(any(c.lower_ == n for c in tok.children) or (n == "between" and between) or any(
                    m.lower_ == n for c in tok.children if c.dep_ in ("acl", "advcl") for m in c.children
                    if m.dep_ == "mark") or (n == "for" and to_clause) for n in e.needs):
                continue  # "a call for talks" needs its "for" ("a call for Israel to halt": a clause's)
            # "Egypt's loan from the IMF", "Ukraine's aid from Washington": with a giver named, the owner receives
            if e.type == "AID" and e.from_actor and not from_owner:  # "the purchase of 42 jets from France"
                from_owner = _coded(self._mentions([f for g in of_objs for f in prep_objects(g, ("from",))], by_tok))
            receiver = e.type == "AID" and e.from_actor and bool(from_owner)
            actor: list[Mention] = list(from_owner) if receiver else []
            for c in tok.children:
                if c.dep_ == "poss" and (patient or receiver):
                    continue
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    # ("India-Pakistan talks", "the Blinken-Wang meeting": a hyphenated pair names both sides)
                    # ("a U.S.-Philippine patrol", "a U.S.-Israeli strike": so does a hyphenated pair of demonyms)
                    pair = [g for g in c.children if (e.sym and c.dep_ == "compound" or c.dep_ == "amod" and c.i in by_tok)
                            and g.dep_ in ("compound", "amod", "nmod", "npadvmod")
                            and g.i + 1 < c.i and g.doc[g.i + 1].text == "-"]
                    # ("Mali and Niger's expulsion of": the parser may join the second owner to the first)
                    joint = [g for g in c.children if g.dep_ == "conj"] if c.dep_ in ("poss", "nmod") else []
                    for m in [by_tok.get(x.i) for x in [c, *pair, *joint]]:
                        if m is not None and c.dep_ == "compound" and not pair and m.identifier_text in subnational_names():
                            continue  # "the Pahalgam attack": where it happened, not who did it
                        if m is not None and m not in actor:
                            actor.append(m)
                elif c.dep_ in ("prep", "agent") and c.lower_ == "by" and tok.dep_ == "pobj" and any(
                        m.code for m in actor) and not (patient or receiver):
                    continue  # "criticism of Turkey's strikes by Macron": an act has one doer; the "by" is the outer noun's
                elif c.dep_ in ("prep", "agent") and (
                        c.lower_ == "by" or (c.lower_ == "of" and e.of_actor)
                        or (c.lower_ == "from" and (e.from_actor or undergoer is not None))):
                    if c.lower_ == "of" and any(
                            p.dep_ in ("poss", "amod", "compound") and p.i in by_tok and by_tok[p.i].code for p in tok.children):
                        continue  # "Russia's / the Ethiopian build-up of troops": the owner does it, the troops are the means
                    actor += self._mentions([g for g in c.children if g.dep_ == "pobj"], by_tok)
            if actor and not (patient or receiver):  # "Mali and Niger's decision": both own it
                actor += [m for m in co_owners(tok, by_tok) if m not in actor]
            if slot.i != tok.i and not actor:  # "a wave of strikes by rail workers": the container's "by"
                actor += self._mentions(prep_objects(slot, ("by",)), by_tok)
            if not actor:  # "Biden's show of support", "a package announced by the Pentagon"
                actor += [m for m in owner if m not in actor]
            if not actor:  # "the U.S.-South Korean exercise season": the names on the frame
                actor += frame_owners(tok, slot, by_tok)
            if not _coded(actor):  # "the expulsion of two Russian diplomats by Norway": "by" hung on the of-object
                # (also past an uncoded "of" doer: "the mobilisation of reservists by Israel")
                # (or on the recipient: "the delivery of Patriot systems to Ukraine by Germany")
                actor = [m for g in prep_objects(tok, ("of", *e.rprep)) for m in self._mentions(prep_objects(g, ("by",)), by_tok)
                         if m.code] or actor
            if not actor:  # "the halt to electricity supplies to Gaza ordered by Israel's energy minister"
                actor += trailing_author(tok, by_tok, self._mentions, self._lemma)
            if not actor and slot.dep_ == "nsubj" and head.tag_ == "VBN" and self._lemma(head) in cfg["author_participles"] \
                    and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
                # "a hunger strike staged by a jailed journalist had entered its 30th day": a reduced
                # relative the parser read as the clause's verb; its by-phrase is the doer
                actor += _coded(self._mentions(prep_objects(head, ("by",)), by_tok))
            route = "noun"
            blamed_on = blamed_on_phrase(tok, head) if not actor and slot.dep_ == "dobj" and self._lemma(head) == "blame" else []
            if blamed_on:
                actor = self._mentions(blamed_on, by_tok)  # "blamed the attack on Iran": Iran did it
                route = "accused"
            if not actor and (blamed := self._relative_blame(tok, by_tok)) is not None:
                actor, route = blamed, "accused"  # "an attack Iran blamed on Israel"
            withs = _coded(recipient_mentions(prep_objects(tok, ("with",)), by_tok)) if e.sym else []
            if e.sym and not stretch and (withs or (weighed and e.type == "COOPERATE")) and not _coded(actor) \
                    and not between and not light:  # (or "X and Y police ... in a joint operation": the subject's sides)
                # "Pakistan says border fighting with the Afghan Taliban killed 23 soldiers": the other side
                # of a two-sided act named by its "with" is the clause's subject
                actor = [m for m in _coded(recipient_mentions(_stretch_parties(tok), by_tok))
                         if m.code not in ("UNO", "IGO", "NGO")]  # (not "the clashes with Thailand were condemned by the UN")
            if stretch and e.sym and len({m.code for m in _coded(actor)}) < 2:
                # "Kabul and Islamabad agreed to a truce after a week of border fighting", "..., ending a week
                # of fighting with Pakistan": a two-sided stretch is the clause's parties'
                actor = unique(actor + _coded(recipient_mentions(_stretch_parties(tok), by_tok)))
                sides = _coded(recipient_mentions(prep_objects(tok, ("with", "between")), by_tok))
                if len({m.code for m in _coded(actor) + sides}) < 2:
                    return None
            scene: list[Mention] = []
            suppressed = e.type == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against") and (
                tok.head.head.lemma_.lower() in FORCE_ON_CROWDS)
            # ("a crackdown on anniversary protests"; not "restrictions on rallies": rules, no gathering)
            if not actor and e.type == "PROTEST" and (slot.dep_ == "nsubj" or stretch or consequence(tok) or suppressed or (
                    slot.dep_ == "pobj" and head.lower_ in ("during", "amid"))):
                # "mass demonstrations in Tbilisi entered a fifth night", "protests against the government
                # in Belgrade": the town's people ("sparked protests in Nairobi" is the reactions' case)
                # (the parser hangs a stretch's phrases on its span: "after two months/pobj of protests by students")
                spots = [tok, tok.head.head] if stretch else [tok]
                towns = [g for n in spots for g in prep_objects(n, ("in",))] + [
                    g for n in spots for r in prep_objects(n, (*e.rprep, "by")) for g in prep_objects(r, ("in",))]
                actor = scene = [m for m in self._mentions(towns, by_tok) if m.code][:1] or clause_scene(slot, by_tok)
                if not actor and (actor := amid_crowd(tok, slot, by_tok, self._mentions)):
                    scene = []  # "the prime minister resigned amid mass protests": the clause's country's people
                if not actor and (consequence(tok) or suppressed or stretch and any(
                        c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in ("by", "against", "over"))
                        for n in spots for c in n.children)):
                    # "the president dissolved the government after days of protests led by young people / against
                    # power cuts": a protest told with its doers or grievance is the clause's country's (not bare
                    # "after weeks of protests", the older gold's setting)
                    actor = scene = _coded(recipient_mentions(_stretch_parties(
                        tok, lambda p: bool(_coded(recipient_mentions([p], by_tok)))), by_tok))[:1]
                if stretch or consequence(tok) or suppressed or (head.lower_ == "amid" and street_protest(tok)):  # the country's people, against their government (docs: domestic protests)
                    actor, scene = [replace(m, sector="CVL") for m in actor], []
            if not actor and slot.dep_ == "pobj" and head.lower_ in ("over", "for") and e.type in ("ASSAULT", "COERCE"):
                # "lodged a complaint with Niamey over the detention of its soldiers": the accused did it, before any scene
                found, how = self._accused_actor(tok, slot, head, by_tok, route)
                if _coded(found):
                    actor, route = found, how
            if not actor and e.type in ("ASSAULT", "COERCE") and any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in cfg["home_force_modifiers"] for c in tok.children):
                # "a police offensive against gang strongholds in Rio de Janeiro": police act at home
                actor = scene_actor(self._mentions, tok, of_objs + prep_objects(tok, e.rprep or ("against", "on")), by_tok)
                route = "scene"
            if not actor and e.type == "ASSAULT" and armed_modifier(tok, self.lex.domestic_agents):  # ("a militant attack")
                actor, route = armed_scene(self._mentions, tok, of_objs + prep_objects(tok, e.rprep or ("against", "on")), by_tok), "scene"
            if not actor and e.type in ("COERCE", "ASSAULT") and e.mode in ("arrest", "deport", "restrict", "crowd-control") and (argument_slot or reason or (
                    slot.dep_ == "pobj" and head.lower_ in ("over", "amid", "against", "despite"))):
                # (also what another act answers: "sanctions over a crackdown / the dispersal of protesters in Tbilisi")
                actor = scene_actor(self._mentions, tok, of_objs + prep_objects(tok, e.rprep), by_tok) or (
                    speaking_state(tok, by_tok, self._mentions))  # "Abinader said deportations of Haitians would continue"
                route = "scene"
            if not actor:  # "blamed Iran for the attack", "X was responsible for", "linked to the killing"
                actor, route = self._accused_actor(tok, slot, head, by_tok, route)
            if not actor and e.type in ("CONCEDE", "SANCTION", "RETREAT", "AID") and e.mode != "expel":
                # (not "ordered the expulsion of a Sudanese envoy": the expelled are its patients)
                # "the easing of U.S. sanctions on Syria", "the suspension of EU aid to Niger": who
                # ends or eases an act is who does it; "the suspension of Colombian coal exports to
                # Israel", "a shipment of German air-defence systems to Ukraine": whose goods move or stop
                moved = of_objs + (prep_objects(tok, ("to",)) if e.type == "SANCTION" else [])  # "the halt to Russian gas supplies"
                # (not a two-sided act's party: "the suspension of EU talks" does not say who suspended them)
                moved = [g for g in moved if not any(x.sym for x in self.lex.nouns.get(g.lemma_.lower(), ()))]
                actor = [m for g in moved if g.lemma_.lower() in self.lex.nouns or (
                             e.type in ("SANCTION", "AID") and g.lemma_.lower() in cfg["flow_nouns"]) or (
                             # "the recall of Algeria's ambassador from Paris": whose envoy is called home
                             e.mode == "withdraw" and g.lemma_.lower() in ENVOY_WORDS)
                         for c in g.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                         for m in self._mentions([c], by_tok) if m.code] or (
                    recalling_speakers(of_objs, by_tok, self._mentions) if e.mode == "withdraw" else [])
            if not actor and light and undergoer is None:
                subj, _agent, route = subject_tokens(head)
                actor = self._mentions(subj, by_tok)
                route = "light-verb"
            drawn_from = []
            if not actor and slot.dep_ == "dobj" and self._lemma(head) in cfg["draw_verbs"]:
                # "Estonia's expulsion of the bishop drew a promise of retaliation from Moscow"
                # (protests and criticism drawn this way are the reactions' own)
                drawn_from = [] if e.type in ("ACCUSE", "PROTEST") else self._mentions(prep_objects(head, ("from",)) + prep_objects(tok, ("from",))
                                            + [f for g in of_objs for f in prep_objects(g, ("from",))], by_tok)
                if _coded(drawn_from):
                    actor, route = _coded(drawn_from), "drawn"
            if not actor and (sent := _coded(received_from(undergoer, of_objs, by_tok, self._mentions))):
                actor, route = sent, "received"  # "had received offers of help from Russia"
            if not actor and undergoer is None and (frame := frame_verb(slot)) is not None:
                # "X is considering sanctions", "prepared for a visit", "was behind the attack"
                actor = self._mentions(subject_tokens(frame)[0], by_tok)
                route = "frame"
            if (not actor and undergoer is None and e.type == "CONSULT" and slot.dep_ == "pobj"
                    and (head.lower_ in SETTING_PREPS or head.lower_ in ("after", "following"))
                    and head.head.pos_ in ("VERB", "AUX")
                    and (prep_objects(tok, ("to", "with")) or (e.mode == "phone" and objects(head.head)))):  # not "during the visit", "during a meeting in Sochi"
                # "held talks with Suleiman during a visit to Beirut", "in talks with Chinese officials,
                # Yellen raised ...", "said after a call with Zelenskiy", "travelled to Tianjin for talks
                # with Xi": a meeting framing the clause is its subject's own
                actor = self._mentions(subject_tokens(head.head)[0], by_tok)
                route = "setting"
                if e.mode == "phone" and not prep_objects(tok, ("to", "with")):
                    # "Biden urged Netanyahu in a phone call to ...": the one spoken to
                    actor += self._mentions(objects(head.head), by_tok)
            if (not actor and undergoer is None and slot.dep_ == "pobj" and (
                    e.type == "COERCE" or (e.type == "ACCUSE" and e.mode == "investigate"))
                    and (setting := _setting_verb(head)) is not None):
                # "Salvadoran soldiers killed two men during a crackdown on gangs", "prosecutors raided the
                # party's offices in a corruption investigation": the operation the clause is set in is its
                # subject's own (an identical reading merges with the clause's act; not a raid, which is the
                # clause's act itself: "detained 20 Palestinians in overnight raids")
                actor = unique(_coded(recipient_mentions(clause_parties(setting), by_tok)))
                route = "setting"
            if not actor and e.type in ("CONSULT", "ASSAULT") and e.sym and (main := _framed_clause(slot, head)) is not None:
                # "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha": talks (clashes) framing a clause of
                # two parties are theirs, or a report's ("A and B agreed ..., their ministers said after talks in Batam")
                for v in [main] + [c for c in main.children if c.dep_ == "ccomp"]:
                    parties = _coded(self._mentions(subject_tokens(v)[0], by_tok)) or unique(_coded(recipient_mentions(clause_parties(v), by_tok)))
                    if len({m.code for m in parties}) >= 2:
                        actor, route = parties, "setting"
                        break
            if e.sym and (len(parties_between := {m.code for m in between}) >= 2
                          or len({m.start for m in between}) >= 2):  # (one country's two sides: a civil war)
                # "the ceasefire between Thailand and Cambodia, announced by Malaysia's prime minister": the
                # parties are the two named; an announcer or broker is none ("Egypt's mediation between
                # Ethiopia and Sudan": an owner takes part)
                owners = {by_tok[c.i].code for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i in by_tok}
                actor = [m for m in actor if m.code in parties_between | owners]
                if not _coded(actor) and not owners:  # "clashes between Thai and Cambodian troops killed 12": the two sides
                    actor = list(between)
            of_recipient = e.type in ("ASSAULT", "COERCE") and not e.of_actor
            rprep = tuple(e.rprep) + (("of",) if of_recipient else ()) + (
                ("between",) if e.sym else ())
            recip_toks = [t for t in prep_objects(tok, rprep) if t not in blamed_on]
            if slot.i != tok.i and slot.lemma_.lower() in cfg["containers"]:
                recip_toks += prep_objects(slot, rprep)  # "an expression of solidarity with Denmark"
            if e.sym:
                recip_toks += [b for p in participles for b in prep_objects(p, ("between",))]
            if light:  # "talks were held between Iran and the United States"
                recip_toks += prep_objects(head, e.rprep + (("between",) if e.sym else ())) + datives(head)
            if instrument is not None:
                recip_toks += objects(instrument)
            if undergoer is not None:
                recip_toks += subject_tokens(undergoer)[0]
            # "Iran's transfer of ballistic missiles to Russia": the parser hangs "to" on the thing moved
            # ("the recall of its ambassador to Israel": an envoy's posting is where it is withdrawn from)
            recip_toks += [r for g in of_objs if g.i not in by_tok or e.mode == "withdraw" for r in prep_objects(g, e.rprep)]
            if slot.dep_ == "dobj" and self.lex.embedding.get(self._lemma(head)) in ("accuse", "condemn"):
                recip_toks += prep_objects(head, e.rprep)  # ... or on the verb that condemns it
            # "the strike, carried out by Israeli aircraft on a compound in Beirut"
            recip_toks += [r for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                           and self._lemma(c) in noun_settings()["author_participles"] for r in prep_objects(c, e.rprep)]
            if (slot.dep_ == "nsubj" and e.type in ("SANCTION", "COERCE", "THREATEN")
                    and self._lemma(head) in noun_settings()["target_verbs"]):
                recip_toks += objects(head)  # "the new sanctions target Iranian drone makers"
            if (slot.dep_ == "nsubjpass" and e.type in ANSWERED_TYPES
                    and self._lemma(head) in ANSWER_VERBS):
                recip_toks += prep_objects(head, ("by",))  # "Ukraine's request was turned down by Trump"
            if slot.dep_ == "dobj" and e.type in ANSWERED_TYPES and self._lemma(head) in ANSWER_VERBS:
                # "Israel dismissed South Africa's accusation", "turned down a request from Washington": who
                # answers an accusation, request or offer is the one it was addressed to
                recip_toks += subject_tokens(head)[0]
            if not _coded(recipient_mentions(recip_toks, by_tok)) and slot.dep_ == "nsubj" and e.type == "AID" and (
                    self._lemma(head) in cfg["arrival_verbs"]):
                # "emergency assistance from the EU reached flood-hit districts of Pakistan": where it arrives
                recip_toks += [p for p in objects(head) + prep_objects(head, ("in", "into", "at"))
                               if any(m.code for m in recipient_mentions([p], by_tok, places=True))]
            toll = []
            if slot.dep_ == "nsubj" and e.type == "ASSAULT" and self._lemma(head) in TOLL_VERBS:
                toll = objects(head)  # "shelling by Pakistani troops killed 12 civilians in Kashmir"
            if route == "drawn":  # ... against the one whose act drew it ("a U.S.-Philippine patrol": both)
                recip_toks += drawers(head, by_tok)
            if (at_request or (slot.dep_ == "pobj" and head.lower_ in ("despite", "amid") and e.type == "REQUEST")) and (
                    asked is not None):
                recip_toks += subject_tokens(asked)[0]  # ... addressed to who defies it
            if patient or receiver:  # "Duterte's arrest by police"
                recip_toks += [c for c in tok.children if c.dep_ == "poss"]
            recipient = unique(recipient_mentions(recip_toks, by_tok, places=e.mode == "investigate" or (
                e.type == "AID" and self._lemma(head) in cfg["arrival_verbs"])), actor)
            if not _coded(recipient):
                recipient = unique(recipient + nested_recipients(tok, e, of_objs, comps, by_tok, self.lex.nouns, self._mentions), actor)
            if not _coded(recipient):
                recipient = unique(recipient + deep_recipients(tok, e, by_tok, self.lex.nouns, self._mentions), actor)
            if e.type == "SANCTION" and not _coded(recipient):
                # "Beijing's suspension of Japanese seafood imports", "a ban on Russian oil imports": whose goods
                recipient = unique(recipient + [m for g in of_objs + prep_objects(tok, ("on",)) if g.lemma_.lower() in cfg["flow_nouns"]
                                                for c in g.children if c.dep_ in ("amod", "compound", "nmod")
                                                for m in self._mentions([c], by_tok) if m.code], actor)
            if toll and not _coded(recipient):
                recipient = unique(recipient + recipient_mentions(toll, by_tok, places=True), actor)
            if scene and not _coded(recipient):  # ... against their own government, as for the verbs
                recipient = [replace(scene[0], confidence=min(scene[0].confidence, 0.6))]
            if e.type in ("COERCE", "ASSAULT") and not _coded(recipient) and _coded(actor) and any(
                    self._noun_type(g) == "PROTEST" for g in prep_objects(tok, ("on", "against"))):
                # "police killed 16 in a crackdown on anniversary protests": the state's own people
                recipient = [replace(_coded(actor)[0], sector="CVL", confidence=min(_coded(actor)[0].confidence, 0.6))]
            if not _coded(recipient) and _coded(actor):  # "India slams US tariff hike", "Belarus's pardon of 37 political prisoners"
                recipient = unique(recipient + implied_recipients(tok, slot, head, e, of_objs, actor, recipient, by_tok, self._mentions), actor)
            if e.type == "PROTEST":
                actor, recipient = _domestic_protest(tok, slot, actor, recipient, by_tok)
            if e.need_recipient and not recipient:
                continue
            if not _coded(actor) or route == "scene":
                if protested_content(slot):  # "rally against the suspension of EU talks": a grievance
                    return None
            if e.type == "CONSULT" and e.mode == "multilateral" and not e.sym and not (
                    _coded(actor) and all(m.code in BODY_CODES for m in _coded(actor))):
                continue  # "the Security Council will hold an emergency meeting": a body's, not a cabinet's

            if stretch and not _coded(actor):
                return None  # "after days of strikes": whose is not said
            if market and not (_coded(actor) and _coded(recipient) and e.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE")):
                return None
            if reason and (e.type == "CONSULT" and tok.head.head.lower_ not in ("ahead", "eve") or not (_coded(actor) and _coded(recipient))
                           and not (route == "accused" and _coded(actor))):
                # the reason for another event, unless it names both sides or whom it is blamed on ("in retaliation for
                # the killing of 26 tourists, which it blamed on Pakistan"); never a meeting ("because of Kim's visit")
                return None
            if light:
                start, end, trig = min(head.i, tok.i), max(head.i, tok.i) + 1, head
            else:
                start, end, trig = tok.i, tok.i + 1, tok
            if route == "noun" and slot.dep_ == "dobj" and self._lemma(head) in ANSWER_VERBS and (
                    e.type == "REQUEST" and _coded(actor)) and not any(
                    c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in by_tok for c in tok.children):
                # "turned down a request from Washington", "ignored calls from Budapest to ...": an act its
                # from/by phrase introduces is an event of its own, not only the content of the answer
                # ("rejected France's demand to ...", "rejects Russian demand": the rejection carries the known
                # demand, whoever owns it; "rebuffed an
                # offer by Trump to buy Greenland", "rejected the accusations made by Estonia": an offer or
                # accusation refused is the refusal's content)
                route = "answered"
            elif (answered or probed) and route == "noun" and _coded(actor) and _coded(recipient):
                # "would respond to Israel's attack", "demanded an inquiry into the deportation of activists by
                # Kenyan police": the act answered or probed is not the answer's or the demand's content
                route = "answered"
            return Hit(tok=trig, entry=e, start=start, end=end, actor=actor, recipient=recipient,
                       noun=tok, route=route, by_tok=by_tok)
        return None

"""Context readings of the events stage, as a mixin of ``Events``: speech and accusation frames
around a trigger ("X said", "according to X"), blame adjectives, gerunds parsed as modifiers,
warnings that report another party's act, and the scene of domestic events (who protests or
arrests where). Split from events.py, which keeps trigger matching and the candidate."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .argument_places import place_mention
from .arguments import (
    direct_subjects,
    listed_antecedent,
    mentions_of,
    objects,
    prep_objects,
    subject_tokens,
    unique,
)
from .base import NON_COUNTRY_CODES, parse
from .event_background import street_protest
from .event_embedded import crowd_protest
from .event_fold import Hit
from .event_fronted import denial_conjunct
from .event_reproaches import demanded_end, held_again, held_people, reproach_clause, told_act_doers
from .event_retype import POSSIBILITY_MODALS, opponent_voice
from .verblex import Lexicon, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Mention

BLAME_TRIGGER = Trigger(type="ACCUSE", mode="allege", conf=0.7)
# verbs of doing a crime and the crimes they take: "the U.N. said Myanmar's army had committed war crimes" alleges
# them of the army, as "was behind the bombing" does (the crime noun itself is no act of a PLOVER type)
CRIME_VERBS = frozenset({"commit", "perpetrate", "sponsor", "orchestrate", "mastermind", "wage"})
CRIME_NOUNS = frozenset({"crime", "atrocity", "genocide", "massacre", "abuse", "violation", "terrorism", "terror",
                         "intimidation", "aggression", "cleansing", "torture", "crimes", "atrocities", "abuses"})
REPROACH_TRIGGER = Trigger(type="ACCUSE", mode="allege", conf=0.6)
END_DEMAND_TRIGGER = Trigger(type="REQUEST", mode="yield", conf=0.6)
# verbs whose that-clause is a demand ("demanded that Caracas accept the flights or face tariffs")
DEMAND_VERBS = frozenset({"demand", "insist", "order", "urge", "warn", "tell", "say", "ask"})
# a deadline given to someone ("gave the crew 24 hours to leave or face boarding") and its time words
DEADLINE_GIVERS = frozenset({"give", "grant", "allow"})
DEADLINE_WORDS = frozenset({"hour", "day", "week", "month", "minute", "deadline", "time"})
# Types whose actor-less reports are domestic: the scene's country stands in for the actor.
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE"})
SCENE_PREPS = ("in", "across", "throughout", "of", "through", "outside", "around", "near")
# A state's premises abroad are its property, not the scene's country: "rallied outside the
# Russian embassy in Vilnius" happens in Lithuania (the embassy's owner is the recipient).
NON_STATE_CODES = NON_COUNTRY_CODES
DOCUMENT_NOUNS = frozenset({"resolution", "statement", "declaration", "communique", "motion", "letter",
                            "note", "memorandum", "decision", "ruling", "order", "report", "decree", "law",
                            "directive", "edict", "ordinance", "bill", "regulation", "proclamation", "amendment"})
ISSUING_VERBS = frozenset({"adopt", "approve", "pass", "issue", "release", "publish", "unveil", "table", "send",
                           "sign", "enact", "promulgate"})
# place nouns named by their compounds: "the streets of Istanbul" is "of", "the city of Karachi"
PLACE_WORDS = frozenset({"city", "town", "village", "province", "region", "state", "district", "capital", "port"})
PREMISES = frozenset({"embassy", "consulate", "mission", "legation", "commission", "chancery", "residence",
                      "base", "garrison", "barracks"})  # a foreign base is no scene country
# "said Russia was behind the attack": the frame "be behind" is no barrier
CONTENT_PREPS = frozenset({"of", "for", "with", "about", "over", "on", "behind"})
# acts a warning may report about another party ("warned that Russia could strike")
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
WITHHOLD_VERBS = frozenset({"refrain", "decline", "refuse", "avoid", "hesitate", "stop"})
# a party announcing its own possible act: which acts, which modals, what the threat is
SELF_THREAT_MODE = {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": "restrict"}
THREAT_MODALS = frozenset({"could", "would", "will", "may", "might", "'ll", "wo"})
MAYBE_MODALS = POSSIBILITY_MODALS  # ("could expel" threatens; "will expel" is decided)
SPEECH_LINK_BLOCK = frozenset({"conj", "nsubj", "nsubjpass", "csubj", "advcl", "npadvmod"})


def _plural_state(m: Mention, doc) -> bool:
    """A country whose name is a plural noun, with its article: "the Philippines", "the Netherlands"."""
    return doc[m.root].tag_ == "NNPS" and (doc[m.start].lower_ == "the" or (
        m.start > 0 and doc[m.start - 1].lower_ == "the"))


# frames of readiness whose subject is the reported clause's own: "said it stood ready to help Mali"
READY_WORDS = frozenset({"ready", "prepared", "willing", "poised", "set", "eager", "keen"})
# adjectives whose prepositional noun is an act offered ("ready for talks", "open to dialogue")
OFFER_WORDS = READY_WORDS | frozenset({"open", "amenable", "receptive"})

# uncoded state forces whose violence at home is domestic ("police fired on protesters in Nairobi")
STATE_FORCE_WORDS = frozenset({"police", "policeman", "officer", "soldier", "troops", "army", "gendarme", "security"})
# targeted places and institutions a demonym locates ("a Nigerian church", "a Pakistani police station")
SCENE_PLACES = frozenset({"church", "mosque", "temple", "school", "village", "town", "market", "hospital", "station",
                          "checkpoint", "post", "camp", "prison", "university", "parliament", "court", "bank"})
CROWD_WORDS = frozenset({"protester", "demonstrator", "student", "worker", "supporter", "villager", "crowd", "activist"})
# people words that an "armed / masked / unidentified" modifier makes violent agents, like "gunmen"
PEOPLE_WORDS = frozenset({"man", "group", "individual", "person", "people", "youth", "assailant", "attacker"})
ARMED_MODIFIERS = frozenset({"armed", "masked", "hooded", "unidentified", "unknown"})


def _armed_people(tok: Token) -> bool:
    """"Armed men", "masked individuals", "a group of armed men": uncoded violent agents of the scene's country."""
    if tok.lemma_.lower() not in PEOPLE_WORDS:
        return False
    p = parse(tok.doc)
    heads = [tok.i] + [g for c in p.kids[tok.i] if p.dep[c] == "prep" and p.lower[c] == "of" for g in p.kids[c]]
    return any(p.dep[c] == "amod" and p.lower[c] in ARMED_MODIFIERS for i in heads for c in p.kids[i])


class ContextMixin:
    lex: Lexicon

    def _lemma(self, tok: Token) -> str:
        lem = tok.lemma_.lower()
        return self.lex.lemma_fixes.get(lem, lem)

    def _mentions(self, toks: list[Token], by_tok: dict[int, Mention]) -> list[Mention]:
        return mentions_of(toks, by_tok)

    def _others_act(self, clause: Token, actor: list[Mention], by_tok: dict[int, Mention]) -> bool:
        """The clause reports a hostile act by a party other than the speaker: the warning is a
        report of (or forecast about) that act, not a threat (manual, THREATEN)."""
        doers = {m.code for m in self._mentions(direct_subjects(clause)[0], by_tok) if m.code}
        own = {m.code for m in actor if m.code}
        if not doers or not own or doers & own:
            return False
        # (its subject too: "warned that U.S. tariffs posed a risk" reports the tariffs)
        words = [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "dobj", "nsubj")]
        words += [g for w in words[1:] for g in w.children if g.dep_ == "dobj"]
        return any(t.type in HOSTILE_ACTS for w in words
                   for t in (self.lex.verbs.get(self._lemma(w)) or []) + (self.lex.nouns.get(w.lemma_.lower()) or []))

    def _gerund_frame(self, tok: Token) -> Token | None:
        """'denied shipping drones', 'did not deny massing troops': a bare gerund parsed as a
        modifier of the object of a speech or denial verb. Returns that verb, else None."""
        if tok.tag_ != "VBG" or tok.dep_ not in ("compound", "amod") or tok.head.dep_ != "dobj" \
                or tok.head.pos_ != "NOUN" or not all(
                    t.dep_ == "compound" and t.head.i == tok.head.i for t in tok.doc[tok.i + 1:tok.head.i]):
            return None  # (its noun may have compounds: "denied firing water cannon at ...")
        frame = tok.head.head
        if frame.pos_ != "VERB" or self._lemma(frame) not in self.lex.embedding:
            return None
        if any(c.dep_ in ("det", "poss", "nummod") or c.i < tok.i for c in tok.head.children if c.i != tok.i) \
                or tok.i != frame.i + 1:
            return None  # "denied the shipping reports", "denied Iran's shipping drones"
        return frame

    def _blame_hit(self, tok: Token, by_tok: dict[int, Mention]) -> Hit | None:
        """'Iran said Israel was responsible for the killing', 'Pakistan said Afghanistan was behind the
        bombing', 'Kyiv said Moscow was to blame for ...': ACCUSE by the speaker."""
        cop = tok.head
        if tok.lemma_.lower() in CRIME_VERBS and tok.pos_ == "VERB":
            crimes = [o for o in objects(tok) if o.lemma_.lower() in CRIME_NOUNS or any(
                g.dep_ == "pobj" and g.lemma_.lower() in CRIME_NOUNS for p in o.children if p.lower_ == "of" for g in p.children)]
            if not crimes:
                return None  # ("committed $2 billion", "waged a campaign for votes": no crime named)
            cop = tok  # (the crime clause is the reported one)
        elif tok.lemma_.lower() == "blame":  # "was to blame": the one to blame is the copula's subject
            if tok.dep_ != "xcomp" or cop.lemma_.lower() != "be" or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                return None
        elif tok.dep_ == "prep" and tok.lower_ == "behind":
            if cop.lemma_.lower() != "be" or not any(
                    g.dep_ == "pobj" and g.lemma_.lower() in self.lex.nouns for g in tok.children):
                return None  # (an act noun only: "was behind the bombing", not "behind the wheel")
        elif tok.dep_ != "acomp":
            return None
        if cop.dep_ != "ccomp" or self._lemma(cop.head) not in self.lex.embedding:
            return None
        recipient = self._mentions(direct_subjects(cop)[0], by_tok)
        actor = self._mentions(subject_tokens(cop.head)[0], by_tok)
        if not any(m.code for m in recipient):
            return None
        return Hit(tok=tok, entry=BLAME_TRIGGER, start=tok.i, end=tok.i + 1, actor=actor,
                   recipient=unique(recipient, actor), route="blame", by_tok=by_tok)

    def _reproach_hit(self, tok: Token, by_tok: dict[int, Mention]) -> Hit | None:
        """'the judiciary said the two men were spies', 'saying Warsaw was trying to destabilise the country':
        an accusation voiced without an accusing verb is ACCUSE by the speaker (event_reproaches)."""
        found = reproach_clause(tok, self.lex.embedding, self.lex.nouns)
        entry, where = REPROACH_TRIGGER, tok
        if found is None:
            found = demanded_end(tok, self.lex.embedding)
            if found is None:
                return None
            # the demand is the speech act: its trigger is the speech verb, so no modal is read into it
            entry, where = END_DEMAND_TRIGGER, found[0]
        speech, accused = found
        recipient = self._mentions(accused, by_tok)
        actor = self._mentions(subject_tokens(speech)[0], by_tok)
        own = {m.code for m in actor if m.code}
        if not any(m.code for m in recipient) and entry is REPROACH_TRIGGER and held_again(accused):
            # "Iran arrested two French citizens ... the spokesman said the two men were spies": the captives
            recipient = held_people(getattr(self, "_told", []), own)
        elif not any(m.code for m in recipient) and entry is REPROACH_TRIGGER and accused[0].pos_ == "NOUN":
            # "Turkey arrested the mayor ... Baerbock said the arrest was a heavy blow to democracy"
            recipient = told_act_doers(accused[0], self.lex.nouns, getattr(self, "_told", []), own)
        if not any(m.code for m in recipient) or not any(m.code for m in actor):
            return None
        if {m.code for m in recipient if m.code} <= {m.code for m in actor if m.code}:
            return None  # the speaker's own side ("said its forces were not aggressors" is negated anyway)
        return Hit(tok=where, entry=entry, start=where.i, end=where.i + 1, actor=actor,
                   recipient=unique(recipient, actor), route="blame", by_tok=by_tok)

    def _ultimatum_hit(self, tok: Token, by_tok: dict[int, Mention]) -> Hit | None:
        """'urging Tehran to agree to a new nuclear deal or face possible military action', 'told Hamas to release
        the hostages or face annihilation', 'Ukraine must withdraw or face a military solution, Putin said': the
        alternative of a demand is a threat (docs: "or face consequences" threatens) by the one demanding, to
        the one who must comply."""
        p, doc = parse(tok.doc), tok.doc
        first = p.head[tok.i]
        if p.dep[tok.i] != "conj" or first == tok.i or not any(
                p.dep[c] == "cc" and p.lower[c] == "or" and first < c < tok.i for c in p.kids[first]):
            return None
        if p.pos[first] not in ("VERB", "AUX") or any(p.dep[c] in ("nsubj", "nsubjpass") for c in p.kids[tok.i]):
            return None
        demand = doc[first]
        threatened = direct_subjects(demand)[0]
        holder = demand.head if demand.dep_ in ("xcomp", "ccomp") else None
        if not threatened and holder is not None and demand.dep_ == "xcomp":
            threatened = objects(holder)  # "urged Belarus to release ... or face": the one urged
        giver = demand.head if demand.head.pos_ == "VERB" else demand.head.head
        if demand.dep_ in ("advcl", "relcl", "acl", "xcomp") and giver.lemma_.lower() in DEADLINE_GIVERS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in demand.children):
            # "gave the crew 24 hours to leave or face boarding": a deadline given holds the demand, to its receiver
            holder, threatened = giver, [c for c in giver.children if c.dep_ in ("dative", "dobj")
                                         and c.lemma_.lower() not in DEADLINE_WORDS]
        if holder is None or not threatened:
            return None
        if demand.dep_ == "ccomp" and not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in demand.children) \
                and holder.lemma_.lower() not in DEMAND_VERBS:
            return None  # ("said Kenya would repay or face default": a forecast, no demand)
        from .event_subjects import clause_subject

        subj, _route = clause_subject(holder, self.lex.verbs.get(self._lemma(holder)) or [], by_tok, self._mentions, self.lex)
        actor, recipient = self._mentions(subj, by_tok), self._mentions(threatened, by_tok)
        if not any(m.code for m in actor) or not any(m.code for m in recipient):
            return None
        trigger = Trigger(type="THREATEN", mode=self._content_words_mode("THREATEN", tok), conf=0.65)
        return Hit(tok=tok, entry=trigger, start=tok.i, end=tok.i + 1, actor=actor,
                   recipient=unique(recipient, actor), route="ultimatum", by_tok=by_tok)

    # -- complements folded into AGREE / REQUEST / REJECT / THREATEN -----------------------
    def _merge_linked(self, hits: list[Hit]) -> list[Hit]:
        by_word: dict[int, Hit] = {}
        for h in hits:
            by_word.setdefault(h.tok.i, h)
        out: list[Hit] = []
        dropped: set[int] = set()
        for h in hits:
            word = h.noun if h.noun is not None else h.tok
            other = by_word.get(word.head.i)
            if (other is not None and other is not h and other.etype == h.etype
                    and word.dep_ in ("nsubj", "dobj", "nsubjpass", "pobj")):
                if word.dep_ == "nsubj" and any(m.code and not word.left_edge.i <= m.start <= word.right_edge.i
                                                for m in other.actor):
                    continue  # the verb has a subject of its own beside the act noun the parser also made its subject
                    # ("Israeli airstrikes killed 14 people, the ministry said, a day after Hezbollah fired rockets")
                if not other.actor or (word.dep_ == "nsubj" and any(m.code for m in h.actor)):
                    # "Shelling of Kramatorsk by Russian troops killed four": the act's own doer, not the
                    # verb's subject reading (which took the shelled town)
                    other.actor = h.actor
                    if h.entry.sym and word.dep_ == "nsubj" and len({m.start for m in h.actor if m.code}) >= 2:
                        # "clashes between soldiers and RSF fighters killed 40": the two sides' clash, its toll
                        # no third party (decisions: a symmetric act's sides are its actors)
                        other.entry, other.recipient = h.entry, []
                if not other.recipient:
                    other.recipient = unique(h.recipient, other.actor)
                elif not any(m.code for m in other.recipient):  # "... killed four people": the noun's target too
                    other.recipient = unique(other.recipient + [m for m in h.recipient if m.code], other.actor)
                if other.mode is None:
                    other.mode = h.mode
                dropped.add(id(h))
        for h in hits:
            if id(h) not in dropped:
                out.append(h)
        return out

    # -- speech / accusation embedding --------------------------------------------------
    def _embedding(self, h: Hit) -> tuple[str, Token, bool] | None:
        """(cue, embedding verb, whether the event clause is the verb's direct complement)."""
        p = parse(doc := h.tok.doc)  # walked by index: a Token only for the verb returned
        if denial_conjunct(h.tok) is not None:
            return None  # "denied that ... and accused X of ...": the denier's own act, not denied
        cur = h.tok.i
        lex = self.lex
        only_conj = True  # "said it had detected ... and scrambled jets": still the clause itself
        for _ in range(6):
            head = p.head[cur]
            if head == cur:  # a root
                return None
            dep = p.dep[cur]
            if dep == "prep" and p.lower[cur] not in CONTENT_PREPS and not (
                    p.dep[h.tok.i] == "pcomp" and p.dep[p.head[h.tok.i]] == "conj") and not (
                    p.lower[cur] == "to" and p.lemma[head] in OFFER_WORDS):
                return None  # (not for a parallel complement: "accused X of preparing for war and of arming")
            if dep not in SPEECH_LINK_BLOCK and p.pos[head] == "VERB":
                lem = p.lemma[head]
                direct = only_conj and dep in ("ccomp", "xcomp")
                if lem in lex.opinion:
                    return "opinion", doc[head], direct
                if lem in lex.embedding and head != h.tok.i:
                    return lex.embedding[lem], doc[head], direct
            # (a control chain keeps the clause's subject: "said it was ready to provide", "said it stood ready to")
            only_conj = only_conj and (dep == "conj" or (dep == "xcomp" and p.lemma[head] in READY_WORDS)
                                       or (dep in ("acomp", "oprd", "xcomp") and p.lemma[cur] in OFFER_WORDS)
                                       # ("said it was ready for / open to talks with Israel": the offer's noun)
                                       or (dep == "pobj" and p.dep[head] == "prep" and p.lemma[p.head[head]] in OFFER_WORDS)
                                       or (dep == "prep" and p.lemma[head] in OFFER_WORDS))
            cur = head
        return None

    def _according_to(self, tok: Token, by_tok: dict[int, Mention]) -> tuple[Token, list[Mention]] | None:
        """'..., according to Palestinian officials': the source of every event in the sentence."""
        if tok.lower_ != "according":
            return None
        for c in tok.children:
            if c.lower_ == "to":
                pobjs = [g for g in c.children if g.dep_ == "pobj"]
                return tok, self._mentions(pobjs, by_tok)
        return None

    @staticmethod
    def _official(actor: list[Mention], doc) -> bool:
        """All actors are states or governments ("Iran", "the foreign ministry"), not crowds ("Serbians")."""
        coded = [m for m in actor if m.code]
        return bool(coded) and all(
            m.sector == "GOV" or (m.kind == "country" and m.sector is None
                                  and (doc[m.root].tag_ not in ("NNS", "NNPS", "JJ") or _plural_state(m, doc)))
            for m in coded  # (not "Kenyan protests", "Serbians"; but "the Philippines", "the Netherlands")
        )

    def _domestic(self, h: Hit, actor: list[Mention], by_tok: dict[int, Mention]) -> bool:
        """Protests and arrests are domestic; so is violence by gunmen, bandits, militants."""
        if h.etype in DOMESTIC_TYPES:
            return True
        if h.etype != "ASSAULT":
            return False
        doc = h.tok.doc
        return any(doc[m.root].lemma_.lower() in self.lex.domestic_agents or _armed_people(doc[m.root])
                   or doc[m.root].lemma_.lower() in STATE_FORCE_WORDS for m in actor)

    @staticmethod
    def _demonym_scene(h: Hit, recipient: list[Mention]) -> Mention | None:
        """'Gunmen attacked a Nigerian church': a demonym on a targeted place or institution names the scene (not on
        people or things that travel: 'a Chinese convoy', 'Chinese workers' are foreigners there)."""
        doc = h.tok.doc
        force = any(doc[m.root].lemma_.lower() in STATE_FORCE_WORDS for m in h.actor)
        for m in recipient:
            r = doc[m.root]
            place = r.head if r.dep_ in ("amod", "compound") else r  # the mention may span "Nigerian church" (root: church)
            if not m.code or m.code in NON_STATE_CODES or not any(
                    doc[i].dep_ in ("amod", "compound") and doc[i].tag_ in ("JJ", "NNP", "NNPS") and doc[i].head.i == place.i
                    for i in range(m.start, min(m.end, place.i + 1))) and r.dep_ not in ("amod", "compound"):
                continue
            # (police and troops act at home: "Police fired tear gas at Kenyan protesters")
            if place.lemma_.lower() in SCENE_PLACES or (force and place.lemma_.lower() in CROWD_WORDS):
                return m
        return None

    def _scene_country(self, h: Hit, by_tok: dict[int, Mention]) -> Mention | None:
        """The coded place the event happens in ("in Nairobi", "across Iran"), if any."""
        holders = [h.tok] + ([h.noun] if h.noun is not None else []) + objects(h.tok)
        holders += [h.tok.doc[m.root] for m in h.actor if m.root != h.tok.i]  # "workers across France"
        # "abducted pupils from a school in northwestern Nigeria"
        holders += [g for c in h.tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        holders += [g for t in holders[1:] for c in t.children if c.dep_ == "prep"
                    for g in c.children if g.dep_ == "pobj"]  # "near a police van in Peshawar"
        if h.tok.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "as", "while") or (
                c.dep_ == "mark" and c.lower_ in ("as", "while")) for c in h.tok.children):
            holders.append(h.tok.head)  # "12 people were killed in Kenya's capital when police opened fire": one scene
        doc = h.tok.doc
        for t in holders:
            for m in self._mentions(prep_objects(t, SCENE_PREPS), by_tok):
                if m.code and doc[m.root].lemma_.lower() not in PREMISES and not _at_border(doc[m.root]) \
                        and not (doc[m.root].dep_ in ("amod", "compound", "poss")
                                 and doc[m.root].head.lemma_.lower() in PREMISES) \
                        and (place := _state_place(m)):
                    return place
        # "workers at Belgian ports went on strike": where the actors are
        # (a hyphen-owned site stands where it is: "staff at the French-operated uranium mine in Arlit" is NER)
        si0 = next((m.sent_index for m in by_tok.values()), 0)
        for g in [g for s in subject_tokens(h.tok)[0] for g in prep_objects(s, ("at", "in"))]:
            m = place_mention(g, by_tok, si0)
            if m is not None and m.code and (place := _state_place(m)):
                return place
        # a city the actor dictionaries do not know: "police arrested 40 protesters in Lagos" (the gazetteer,
        # unambiguous names only)
        si = next((m.sent_index for m in by_tok.values()), 0)
        for t in holders:
            for g in prep_objects(t, SCENE_PREPS):
                if g.i not in by_tok and (g.pos_ == "PROPN" or g.lemma_.lower() in PLACE_WORDS) \
                        and (m := place_mention(g, by_tok, si)) is not None and m.code and (place := _state_place(m)):
                    return place
        return None

    def _subject_open(self, h: Hit, by_tok: dict[int, Mention]) -> bool:
        """True when the trigger's subject is missing or an unresolved pronoun ("it had sent");
        never for a passive, whose subject is the one acted on ("40,000 were killed")."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in h.tok.children):
            return False
        if h.tok.dep_ == "conj" and h.tok.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "auxpass")
                                                               for c in h.tok.head.children):
            return False  # "300 children had been killed or injured": the second participle is passive too
        subj, _agent, _route = subject_tokens(h.tok)
        # ("all options remain on the table against Iran, the official said": the options are the speaker's)
        return not subj or all(s.pos_ == "PRON" and s.i not in by_tok or s.lemma_.lower() == "option" for s in subj)


def own_agent(noun: Token) -> bool:
    """The event noun names its doer: "Israel's call-up", "the deportation of 200 Venezuelans by the
    United States"."""
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return True  # (not "reaffirmed its commitment": the subject's own, a light verb's object)
    preps = [c for c in noun.children if c.dep_ == "prep"]
    return any(p.lower_ == "by" for p in preps) or any(
        k.dep_ == "prep" and k.lower_ == "by" for p in preps if p.lower_ == "of" for g in p.children for k in g.children)


def withheld_accusation(head: Token, cue: str = "accuse") -> bool:
    """'stopped short of accusing Thailand of firing', 'did not blame Iran for the attack', 'declined to
    accuse Moscow of': an accusation not made alleges nothing, so its content is no event."""
    if any(c.dep_ == "neg" for c in head.children):
        return True
    up = head.head
    if head.dep_ == "pcomp" and up.lower_ in ("of", "from") and up.head.lower_ in ("short", "refrained", "refrain"):
        return True  # "stopped short of accusing", "refrained from blaming"
    if head.dep_ == "xcomp" and up.lemma_.lower() in WITHHOLD_VERBS:
        return True
    # "is expected to accuse the UAE of supplying", "could accuse Kyiv of shelling": an accusation
    # still to come, or only possible, alleges nothing yet either (its own aux mode says so); what a
    # condemnation would have condemned ("a statement that would have condemned Georgia's crackdown")
    # still happened
    return cue == "accuse" and _unmade(head)


@lru_cache(maxsize=1)
def _modality():  # noqa: ANN202 (lazy: the claims stage's own cues and scope walk)
    from .modality import Modality, load_cues

    return Modality(load_cues())


def _unmade(head: Token) -> bool:
    mode, _cues = _modality().detect(head, None, inherit=False)
    return mode in ("future", "hypothetical")


def _state_place(m: Mention) -> Mention | None:
    """A scene is a state's territory: "around Brussels" (coded EUR as an actor) is in Belgium,
    by the gazetteer; a place standing for a body with no country of its own is no scene."""
    if m.code not in NON_STATE_CODES:
        return m
    from .gazetteer import gazetteer  # lazy: the places stage loads it anyway

    loc = gazetteer().resolve(m.text)
    if loc is None or not loc.country_code:
        return None
    return replace(m, code=loc.country_code, sector=None, kind="country")


def document_author(tok: Token) -> list[Token] | None:
    """'the Security Council adopted a resolution demanding that the Houthis halt the attacks': a
    document's content clause acts for whoever adopted or issued the document."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return None
    doc_noun = tok.head
    if doc_noun.lemma_.lower() not in DOCUMENT_NOUNS or doc_noun.dep_ not in ("dobj", "nsubjpass") \
            or doc_noun.head.lemma_.lower() not in ISSUING_VERBS:
        return None  # (not "backed the resolution calling for ...": the backer did not write it)
    subj = subject_tokens(doc_noun.head)[0]
    return subj or None


BORDER_WORDS = frozenset({"border", "frontier", "boundary"})


def _at_border(t: Token) -> bool:
    """'rebels ambushed troops near the Algerian border': a border has two sides, so the scene is neither."""
    return t.lemma_.lower() in BORDER_WORDS or (t.dep_ in ("amod", "compound", "poss")
                                               and t.head.lemma_.lower() in BORDER_WORDS)


def relative_antecedent(pronoun: Token) -> list[Token]:
    """The noun a relative pronoun stands for, when a verb borrows the pronoun as its subject: "Beijing,
    which summoned Tokyo's envoy and halted seafood imports" ("halted"), "Rwanda, which the UN accuses of
    sending troops" ("sending": the accused)."""
    cur = pronoun
    for _ in range(4):
        if cur.dep_ == "relcl":
            return listed_antecedent(cur) or [cur.head]
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return []


def retyped(etype: str, mode, tok: Token, word: Token, cue, speaker, actor, official: bool) -> tuple[str, str | None]:
    """(type, mode) of a candidate once its frame is read (split from events.py): an announced own act
    threatens, a state's protest accuses, a crowd's protest word is a demonstration."""
    if (etype in SELF_THREAT_MODE and cue in ("say", "warn", "announce", "claim") and speaker
            and {m.code for m in actor if m.code} <= {m.code for m in speaker} and not opponent_voice(speaker, actor)
            and any(c.dep_ == "aux" and c.lower_ in (THREAT_MODALS if etype == "ASSAULT" or cue == "warn"
                                                     else MAYBE_MODALS) for c in tok.children)
            # ("Iran would have attacked Israel had the U.S. not brokered a truce": a counterfactual, no threat)
            and not any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)):
        # "Medvedev said Russia could use nuclear weapons": a party announcing its own
        # possible violence threatens it (manual: THREATEN, not ASSAULT + hypothetical); a penalty it
        # says it will or would impose is decided ("Hungary said it would quit the ICC": SANCTION)
        etype, mode = "THREATEN", SELF_THREAT_MODE[etype]
    if etype == "PROTEST" and word.lemma_.lower() == "protest" and official and not street_protest(word):
        # "Iran protested the strike": a diplomatic protest is ACCUSE (manual, PROTEST)
        etype, mode = "ACCUSE", "disapprove"
    if crowd_protest(word, etype, actor, tok.doc):
        etype, mode = "PROTEST", "demo"  # "demonstrators who were protesting the arrest"
    if etype == "COERCE" and mode == "arrest" and any(
            t.lower_ == "absentia" for h in {tok, word} for t in h.subtree if t.i > h.i):
        # "ordered the arrest in absentia of a Latvian journalist": no one is held (manual, THREATEN arrest)
        etype = "THREATEN"
    return etype, mode

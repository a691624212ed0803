"""Verb triggers (events stage): ``VerbHitMixin._verb_hit`` reads one verb trigger's entries against the parse
(the particle or preposition an entry needs, its object and subject classes, verdicts, cargo, the recipient
phrases) and returns the first entry that fires as a ``Hit`` with actor and recipient. Split from events.py
(round 22) so that the stage module stays a walk over the sentence; the methods it calls on ``self``
(``_mentions``, ``_gerund_frame``, ``_noun_type``, ...) come from ``Events`` and its other mixins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import event_embedded as embedded
from .argument_recipients import CARRY_PARTICIPLES as CARGO_VERBS
from .arguments import (
    datives,
    direct_subjects,
    guest_words,
    misparsed_gerund,
    objects,
    passive_subjects,
    place_mention,
    place_recipient,
    prep_objects,
    recipient_mentions,
    self_owned,
    subject_tokens,
    unique,
    words,
)
from .base import Mention, doc_words, parse
from .event_clauses import (
    caused_by_act,
    denial_label,
)
from .event_deterrence import announced_response
from .event_fold import ABSORBING, Hit
from .event_guards import (
    dated,
    no_comment,
    poll_share,
)
from .event_labels import (
    attack_strike,
    first_of_two_predicates,
    hidden_verdicts,
    restated_act_doers,
)
from .event_object_relatives import object_relative
from .event_rules import (
    TRANSFER_TYPES,
    relative_subjects,
)
from .event_stances import PAYING_VERBS
from .event_subjects import clause_subject
from .owners import capitals
from .verblex import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs that carry a message to its addressee, whom a demand participle on them addresses
MESSAGE_VERBS = frozenset({"send", "write", "deliver", "hand", "submit", "address", "dispatch"})
# prepositions that aim an act at its target (never an agent's own description: "rebels from Syria")
AIM_PREPS = frozenset({"at", "against", "on", "toward", "towards", "into"})
PLACE_PREPS = frozenset({"in", "at"})
PARTICLES = frozenset({"over", "out", "up", "down", "off", "back", "in", "away"})
PARTICLE_ADVS = frozenset({"away", "out", "back", "off", "down", "up"})
PORTION_WORDS = frozenset({"some", "most", "all", "part", "many", "several", "half", "much", "rest", "bulk", "majority",
                           "remainder", "none", "each", "one", "two", "three", "dozens", "hundreds", "thousands"})
# Types whose object noun carries the recipient: "sanctions on X", "ties with X", "aid to X".
OBJ_PREP_TYPES = frozenset({"SANCTION", "CONCEDE", "AID", "COOPERATE", "RETREAT", "MOBILIZE"})
# proposal nouns whose plural the parser may read as a present-tense verb ("dismissed U.S. demands to ...")
MISREAD_PLURALS = frozenset({"demand", "call", "request", "offer", "appeal", "plea", "proposal", "bid"})
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp"})
LADEN_PARTICIPLES = frozenset({"load", "laden", "pack", "fill", "stack", "stock"})


class VerbHitMixin:
    """``Events._verb_hit``."""

    def _verb_hit(self, tok: Token, entries: list[Trigger], by_tok: dict[int, Mention]) -> Hit | None:
        present = doc_words(tok.doc)
        needed = self._needs.get(id(entries))
        if needed is None or needed[0] is not entries:  # (each verb's entries: their needed words as sets, once)
            needed = self._needs[id(entries)] = (
                entries, None if any(not e.needs for e in entries) else tuple(frozenset(e.needs) for e in entries))
        if needed[1] is not None and not any(need <= present for need in needed[1]):
            # every entry needs a particle or preposition the doc does not have (its kid words are words of the
            # doc): none can fire, so no argument is worked out (a fifth of the verb triggers of a corpus)
            return None
        subj_toks, route = clause_subject(tok, entries, by_tok, self._mentions, self.lex)
        if (relative_object := object_relative(tok)) is not None:
            subj_toks, route = [tok.head], "acl-main"  # "the tanker, which Iranian commandos seized": they seized it
        deps, lowers, kids = (p := parse(doc := tok.doc)).dep, p.lower, p.kids
        patients = passive_subjects(tok) if route != "acl-main" else []  # (its head noun is the doer)
        # "called Putin on Tuesday": a name parsed as an object predicate is the object
        objs = patients + objects(tok) + [doc[c] for c in kids[tok.i] if deps[c] == "oprd" and p.pos[c] == "PROPN"]
        objs += first_of_two_predicates(p, tok.i, doc)  # "called the U.S. strikes on boats murder"
        if relative_object is not None:
            objs.append(relative_object)
        if route == "ordered" and tok.dep_ == "acl":
            objs.append(tok.head)  # "ordered the borders with Senegal closed": the borders are closed
        gerund_object = misparsed_gerund(tok) or (tok.head if tok.dep_ == "compound" and tok.lower_.endswith("ing") else None)
        if gerund_object is not None:
            objs.append(gerund_object)
        frame = self._gerund_frame(tok)
        if frame is not None:  # "denied shipping drones to Iran": the gerund parsed as its object's modifier
            objs.append(tok.head)
            subj_toks, _agent, route = subject_tokens(frame)
        # prepositions may hang on the object: "warned Armenia of", "called the UN on"
        prep_holders = [tok] + objs + ([frame] if frame is not None else [])  # "denied firing water cannon at"
        # a particle the parser made an adverb or preposition keeps the verb's prepositions ("walk away from the
        # ICC", "pulled out of talks", "hits back at Hungary")
        particles = [doc[c] for c in kids[tok.i] if deps[c] in ("advmod", "prt", "prep") and lowers[c] in PARTICLE_ADVS]
        prep_holders += particles
        # a date is no particle: "called Putin on Tuesday" is not "called on"
        # (dated: a time prep; an infinitive's own "to" is no "to" phrase: "to head off duties")
        # (nor a clause's verb spelt as a particle: "sent soldiers to back the rebels" has no particle "back")
        kid_words = {p.lemma[c] for c in kids[tok.i] if (deps[c] != "prep" or not dated(doc[c])) and deps[c] != "aux"
                     and not (deps[c] in CLAUSE_DEPS and p.tag[c].startswith("VB") and lowers[c] in PARTICLES)}
        # coordinated adverbs: "would respond immediately and firmly"
        kid_words |= {p.lemma[g] for c in kids[tok.i] if deps[c] == "advmod" for g in kids[c] if deps[g] == "conj"}
        kid_words |= {lowers[c] for o in prep_holders[1:] for c in kids[o.i] if deps[c] == "prep"}
        # a needed preposition long sentences hang one level down: on the object's participle or "of" noun ("regard
        # any vessel escorting Israeli cargo as a target", "answer any expulsion of its diplomats with measures"),
        # or on the noun of the verb's own "with / at" ("defend it with all means at its disposal against ...")
        deep = [doc[c] for o in objs for c in kids[o.i] if deps[c] in ("acl", "relcl")] + [
            doc[g] for h in [tok, *objs] for c in kids[h.i] if deps[c] == "prep"
            and (lowers[c] in ("with", "at") if h.i == tok.i else lowers[c] == "of") for g in kids[c] if deps[g] == "pobj"]
        deep += [doc[g] for d in deep if p.tag[d.i] in ("NN", "NNS") for c in kids[d.i]
                 if deps[c] == "prep" and lowers[c] == "at" for g in kids[c] if deps[g] == "pobj"]
        kid_words |= {lowers[c] for d in deep for c in kids[d.i] if deps[c] == "prep"}
        # "called for Algeria to return the wreckage": "for" marks the clause, whose subject is the one asked
        for_clauses = [doc[c] for c in kids[tok.i] if deps[c] in ("advcl", "ccomp")
                       and any(deps[g] == "mark" and lowers[g] == "for" for g in kids[c])]
        kid_words |= {"for"} if for_clauses else set()
        # a condition's mark is a word an entry may ask for ("would respond if ...": the reprisal reading)
        kid_words |= {lowers[g] for c in kids[tok.i] if deps[c] == "advcl" for g in kids[c]
                      if deps[g] == "mark" and lowers[g] in ("if", "unless")}
        if tok.i + 1 < len(doc) and lowers[tok.i + 1] in PARTICLES:
            kid_words.add(lowers[tok.i + 1])  # "handed over 32 prisoners": misparsed as a quantifier
        with_objs = prep_objects(tok, ("with",))
        # "dismissed U.S. demands to dismantle ...": a plural noun the parser read as a clause's verb ("U.S. demands
        # to ...") is the object, and its "subject" the owner
        misread_nouns = [doc[c] for c in kids[tok.i] if deps[c] == "ccomp" and p.tag[c] == "VBZ"
                         and p.lemma[c] in MISREAD_PLURALS and any(deps[g] == "nsubj" for g in kids[c])]
        subj_words: set[str] = set()
        for s in subj_toks:
            subj_words |= words(s)
        if poll_share(subj_toks) or embedded.go_between_participle(tok) or embedded.habitual_relative(tok, by_tok) \
                or caused_by_act(tok, subj_toks, self.lex.nouns):
            return None  # "42% of Americans approve of ...": a poll, not an actor; "talks mediated by Qatar"
        # a to-infinitive for the addressee ("told Kyiv to withdraw"), not a report ("told reporters he would ...")
        infinitive = any(deps[c] in ("xcomp", "ccomp") and any(deps[g] == "aux" and lowers[g] == "to" for g in kids[c])
                         for c in kids[tok.i])
        # a label the parser hung on the object as an apposition ("called Spain's prime minister a liar")
        appos_labels = [c for o in objs for c in kids[o.i] if deps[c] == "appos"
                        and any(deps[d] == "det" and lowers[d] in ("a", "an") for d in kids[c])]
        # a carrier's cargo ("ships carrying food", "a convoy of trucks carrying flour and medical supplies"; "trucks
        # loaded with flour": a laden carrier's "with" load)
        carriers = [c for o in objs + [g for o in objs for g in prep_objects(o, ("of",))] for c in kids[o.i]
                    if deps[c] == "acl" and p.lemma[c] in CARGO_VERBS | LADEN_PARTICIPLES]
        cargo = [doc[g] for c in carriers for g in kids[c] if deps[g] == "dobj"] + [
            g for c in carriers if p.lemma[c] in LADEN_PARTICIPLES for g in prep_objects(doc[c], ("with",))]
        cargo += [doc[k] for g in cargo for k in kids[g.i] if deps[k] == "conj"]
        for e in entries:
            if e.need_infinitive and not infinitive:
                continue
            if any(n not in kid_words for n in e.needs) or (e.type == "REQUEST" and e.needs and not for_clauses and not any(
                    lowers[c] in e.needs for h in [tok] + [o for o in objs if p.lemma[o.i] not in self.lex.nouns
                                                           and not any(deps[v] == "oprd" for v in kids[tok.i])]
                    for c in kids[h.i] if deps[c] != "prep" or not dated(doc[c]))):  # (not an act's own "on": "calling U.S. strikes on boats murder"; nor a
                # judged thing's: "calling Takaichi's remarks on Taiwan provocative")
                continue
            if {"if", "unless"} & set(e.needs) and not announced_response(tok, by_tok):
                continue  # "If Israel strikes Beirut, Hezbollah will respond": a forecast, the strike stays
            if e.type == "CONSULT" and e.sym and (any(deps[c] == "oprd" for c in kids[tok.i]) or appos_labels) or (
                    e.type == "ACCUSE" and denial_label(tok)):
                continue  # "calling the ruling brazen": a verdict, no phone call; "calling the claim false": a denial
            if e.type == "ASSAULT" and tok.lemma_.lower() in self.lex.instrument_verbs and any(
                self._noun_type(w) not in (None, "ASSAULT", "MOBILIZE", "AID") for w in with_objs
            ):  # (weapons are what it was done with: "targeted two vessels with drones and missiles")
                return None  # "hit X with sanctions / a cyberattack": the noun names the event
            cand_objs = objs + with_objs + [
                doc[g] for n in e.needs for h in prep_holders + deep for c in kids[h.i] if lowers[c] == n
                for g in kids[c] if deps[g] == "pobj"
            ]
            if e.type in TRANSFER_TYPES:  # "sent two ships carrying food and medicine": the cargo is what is given
                cand_objs += cargo
            if e.obj is not None:  # "allowed aid trucks to enter": the clause's subject
                cand_objs += [s for c in kids[tok.i] if deps[c] in ("ccomp", "xcomp")
                              for s in direct_subjects(doc[c])[0]]
                cand_objs += misread_nouns
                # the verdict on the object: "called the vote outrageous", "rejected it as fraudulent"
                verdicts = [c for c in kids[tok.i] if deps[c] == "oprd"] + appos_labels + hidden_verdicts(p, tok.i, objs)
                # (a verdict the parser hung on the object: "calling the October election rigged")
                verdicts += [c for o in objs for c in kids[o.i] if deps[c] == "acl" and c == o.i + 1 and p.tag[c] == "VBN"]
                verdicts += [c for v in verdicts for c in kids[v] if deps[c] == "conj"]  # "brazen and cynical"
                # (and what the verdict noun says it is for or to: "called the move a reward for terrorism")
                cand_objs += [doc[v] for v in verdicts] + [doc[g] for v in verdicts for q in kids[v] if deps[q] == "prep"
                                                           for g in kids[q] if deps[g] == "pobj"] + [
                    doc[g] for h in prep_holders for c in kids[h.i] if deps[c] == "prep" and lowers[c] == "as"
                    and "as" in e.needs for g in kids[c] if deps[g] in ("pobj", "amod", "acomp")]
            material: list[Token] = []
            if e.obj is not None:
                # a host's guest is the object itself, not whatever it is "of"
                material = [o for o in cand_objs if ((guest_words(o) if e.swap else words(o)) & e.obj)]
                if e.type == "AID" and any(o in with_objs for o in material):  # "provided Somalia's army with drones"
                    material = [o for o in material if o in with_objs or o not in objs]  # (the object receives)
                if not material:
                    continue
            # exclusions look at the object word itself: "strike oil" but not "strike an oil refinery"
            # (not a "with" instrument: "targeted two vessels with drones and missiles")
            # (a patient struck by a weapon is no word the entry can exclude: "a market was hit by a glide bomb")
            struck = bool(subj_words & self.lex.instruments.keys()) and any(deps[c] == "agent" for c in kids[tok.i])
            if e.notobj and {p.lemma[o.i] for o in cand_objs if (o not in with_objs or e.type != "ASSAULT")
                             and not (struck and o in patients)} & e.notobj:
                continue
            if e.type == "PROTEST" and e.notobj and attack_strike(p, objs, e.notobj):
                continue  # "called the U.S. strikes on boats murder": an armed strike, no walkout called
            if e.subj is not None and not (subj_words & e.subj):
                continue
            if e.notsubj and (subj_words | {w for c in kids[tok.i] if deps[c] in ("nsubj", "nsubjpass")
                                            and not (struck and deps[c] == "nsubjpass")
                                            for w in words(doc[c])}) & e.notsubj:
                continue  # (the grammatical subject too: "the package, adopted by ministers, targets ...")
            if e.type == "REJECT" and no_comment(tok, objs):
                return None  # "declined to comment": silence, not a refusal
            actor = self._mentions(subj_toks, by_tok)
            if not actor and e.type == "ASSAULT" and patients and subj_toks == []:
                # "a mortar bomb was fired at Israel from the Gaza Strip": where the fire came from
                si = next((m.sent_index for m in by_tok.values()), 0)
                actor = [m for g in prep_objects(tok, ("from",)) if (m := place_mention(g, by_tok, si)) is not None][:1]
            if not actor and patients and subj_toks == [] and (e.type == "MOBILIZE" or (
                    e.type == "AID" and any(deps[c] == "nsubjpass" for c in kids[tok.i])
                    and not any(deps[c] == "dobj" for c in kids[tok.i]))):
                # (AID only in a finite passive: "troops had been sent to Russia", not "personnel armed with knives";
                # not with an object left: "Assad had been granted asylum" names the receiver)
                # "Serbia's forces were put on high alert": the owner of what is mobilized acts
                actor = self._mentions(patients, by_tok)
            if not actor and patients and subj_toks == [] and e.type == "COOPERATE" and any(
                    deps[c] == "nsubjpass" for c in kids[tok.i]):
                # "a Honduran police chief was extradited to the United States (from Madrid)": the 'from' country
                # hands the person over, else the person's own state does (legal cooperation, manual COOPERATE)
                si = next((m.sent_index for m in by_tok.values()), 0)
                actor = [m for g in prep_objects(tok, ("from",)) if (m := place_mention(g, by_tok, si)) is not None][
                    :1] or self._mentions(patients, by_tok)
            # what is mobilized is never the recipient ("massed troops")
            norecip = e.norecip or e.type == "MOBILIZE"
            recip_toks = [o for o in objs if o not in material and not self_owned(o)] if not norecip else []
            recip_toks += datives(tok) + [t for h in [tok, *particles] for t in prep_objects(h, e.rprep)
                                          if not self_owned(t)]
            # a target phrase the parser hung on the "by" agent: "missiles fired by the Houthis at Abu Dhabi"
            recip_toks += [g for a in kids[tok.i] if deps[a] == "agent" for b in kids[a] if deps[b] == "pobj"
                           for g in prep_objects(doc[b], tuple(r for r in e.rprep if r in AIM_PREPS))]
            if material and misread_nouns:
                recip_toks += [g for o in material if o in misread_nouns for g in direct_subjects(o)[0]]
            if e.type == "ACCUSE":  # "struck a refinery, in what Moscow called a terrorist attack": the striker
                recip_toks += restated_act_doers(tok)
            if e.sym:  # "no agreement was reached between Armenia and Azerbaijan"
                recip_toks += prep_objects(tok, ("between",))
            if frame is not None:
                recip_toks += [t for t in prep_objects(frame, e.rprep) if not self_owned(t)]
            portions = [g for o in objs if p.lemma[o.i] in PORTION_WORDS for g in prep_objects(o, ("of",))]
            for o in objs + with_objs + portions:  # "lifted some of its sanctions on Syria"
                # (a meeting's partner the parser hangs on the topic: "discussed trade with China")
                if e.obj is not None or e.type in OBJ_PREP_TYPES or e.type in ABSORBING or (e.sym and e.type == "CONSULT"):
                    recip_toks += prep_objects(o, e.rprep + self._noun_rprep(o))
            if e.type in TRANSFER_TYPES:  # "sent two ships carrying food to Gaza": the cargo's destination
                recip_toks += [g for c in carriers for g in prep_objects(doc[c], e.rprep)]
            if e.type == "REQUEST" and deps[tok.i] == "advcl" and p.tag[tok.i] == "VBG" \
                    and p.lemma[tok.head.i] in MESSAGE_VERBS:  # "sent a note to the United States demanding ..."
                recip_toks += prep_objects(tok.head, ("to",))
            if "for" in e.needs and e.type == "REQUEST":
                recip_toks += [t for c in for_clauses for t in direct_subjects(c)[0]]
            if e.type in ("AID", "SUPPORT", "COOPERATE"):  # "help Mali restore security": Mali is helped
                recip_toks += [t for c in kids[tok.i] if deps[c] in ("ccomp", "xcomp") and not any(
                    lowers[a] == "to" for a in kids[c]) for t in direct_subjects(doc[c])[0]]
            if e.needs and e.rprep:
                # (an "in" / "at" phrase of the object is its place or topic: "discussed the conflict in Ukraine")
                recip_toks += [g for h in prep_holders[1:] for g in prep_objects(h, tuple(
                    n for n in e.needs if n not in PLACE_PREPS))]
                # the partner on the noun of a needed "in": "discussed ... in a phone call with Putin"
                recip_toks += [g for i in {o.i for o in material} if lowers[p.head[i]] in PLACE_PREPS
                               for g in prep_objects(doc[i], e.rprep)]
            for g in prep_objects(tok, e.needs) if e.type in ABSORBING else ():
                recip_toks += prep_objects(g, e.rprep)  # "warned of a crushing response against Israel"
            if e.clause:
                clauses = [doc[c] for c in kids[tok.i] if deps[c] == "ccomp"][:1]
                if not clauses:
                    continue
                # (a passive clause's subject: "warned that any American incursion would be met with force")
                recip_toks += direct_subjects(clauses[0])[0] or passive_subjects(clauses[0])
                if e.type == "THREATEN" and clauses[0].lemma_.lower() not in PAYING_VERBS \
                        and self._others_act(clauses[0], actor, by_tok):
                    return None  # "Zelenskiy warned that Russia could launch another strike": Russia's act
                    # (not what the other would pay or regret: "warned that Washington would regret any attack")
            if e.need_content and self._content_words_mode(e.type, tok) is None:
                continue
            recipient = recipient_mentions(recip_toks, by_tok, places=e.mode == "investigate", trigger=tok.i)
            if (e.poss_recipient or e.swap) and material:
                # "expelled Russia's ambassador" -> RUS; "received the British foreign
                # secretary": the guest (swapped to actor below)
                recipient = self._mentions(material, by_tok) + recipient
            if e.material_actor and material and not any(m.code for m in recipient):
                # swapped below: "Russia received Iranian missiles" -> IRN gives to RUS
                recipient = self._mentions(material, by_tok)
            if not any(m.code for m in recipient) and e.type in TRANSFER_TYPES:
                # "sales of technology that Russia uses": the user is the recipient
                recipient += self._mentions(relative_subjects(objs + with_objs), by_tok)
            if not recipient and material and e.type in ("SANCTION", "COERCE", "RETREAT"):
                # "froze Russian assets", "handed over Armenian prisoners": the owner (not a
                # name compound: "the Paris agreement" belongs to no one)
                recipient = self._mentions([o for o in material if not self_owned(o)], by_tok)
                recipient = [m for m in recipient if not any(
                    c.dep_ == "compound" and m.covers(c.i) and m.text.lower() in capitals()
                    for o in material for c in o.children)]
            recipient = unique(recipient, actor)
            if e.need_recipient and not any(m.code for m in recipient):
                # "launched a drone at a military base near Haifa": the target's place
                recipient = place_recipient(tok, actor, by_tok, targets=True) if e.type == "ASSAULT" else []
                if not recipient:
                    continue
            hit = Hit(tok=tok, entry=e, start=tok.i, end=tok.i + 1, actor=actor, recipient=recipient,
                      route=route, material=[o.i for o in material], by_tok=by_tok)
            for c in kids[tok.i]:  # the particle belongs to the trigger phrase: "pulled out"
                if deps[c] == "prt" and c == hit.end:
                    hit.end = c + 1
            if e.type == "SUPPORT" and any(
                deps[c] in ("acl", "relcl") and p.lemma[c] in self.lex.joint_project_verbs
                for o in material for c in kids[o.i]
            ):
                hit.etype = "COOPERATE"  # "signed a deal to build a plant together"
            return hit
        return None

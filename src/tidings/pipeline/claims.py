"""Stage 'claims': each candidate's auxiliary mode and claim status.

Per candidate: ``aux_mode`` from ``Modality`` (negation / hypothetical / future /
historical, scoped to the trigger) and the claim status from ``Attributor`` (the
words that embed the trigger: "accused Iran of supplying", "denied sending",
"reportedly", "according to intelligence"). Then one story-level pass links denials
to allegations anywhere in the story (contested), verification disclaimers make
reported events alleged, and future cooperative events are recoded as PLOVER
requires (AGREE / CONCEDE). docs/claims.md is the user's guide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution import Attributor, codes, one_per_entity
from .base import Candidate, Mention, StoryContext, parse
from .claim_links import (
    _tokens_with,
    countered_reports,
    deny_narrated,
    link_denials,
    mark_unverified,
    negated_by_actor,
)
from .event_deterrence import withheld_until
from .event_fold import STOP_VERBS
from .event_retype import opponent_voice
from .events import (  # modals on own acts that make an announcement a threat
    MAYBE_MODALS,
    THREAT_MODALS,
)
from .modality import MODE_ORDER, Modality, load_cues
from .verblex import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _lemma_of(doc, cand: Candidate, cue: str, sents=None) -> str:
    """The lemma of a one-word cue in the candidate's sentence ('announced' -> 'announce')."""
    sent = sents[cand.sent_index] if sents is not None and 0 <= cand.sent_index < len(sents) else None
    if sent is None or not sent.start <= cand.trigger < sent.end:
        sent = doc[cand.trigger].sent  # (token.sent builds every sentence span: only as a fallback)
    return next((_lemma(t) for t in sent if t.text == cue), cue.lower())


def _past_governor(doc, cand: Candidate, cue: str) -> Token | None:
    """The simple-past or perfect verb of a one-word cue that governs the trigger ('agreed')."""
    trig = doc[cand.trigger]
    # only an agreed noun ("agreed a ceasefire"), never a complement clause ("agreed to impose
    # sanctions" is the decision itself, plover-decisions); the events stage may have merged the
    # noun into the verb, which is then the trigger
    if trig.text == cue:
        gov = trig if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in trig.children) else None
    else:
        gov = trig.head if trig.dep_ == "dobj" and trig.pos_ == "NOUN" and trig.head.text == cue else None
    if gov is None or gov.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children):
        return None
    return gov


def _speakers_own(root: Token) -> bool:
    """'it', 'its ambulance crews', 'their medics': a doer told by pronoun is the speaking body's own."""
    return root.tag_ == "PRP" or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in root.children)


# verbs that give an act's toll: "have left at least 20 people dead"
TOLL_LEMMAS = frozenset({"leave", "kill", "claim", "wound", "injure"})
# types an agreement verb does not turn into an agreement (violence and verbal conflict keep their own rules)
_NOT_AGREED = frozenset({"AGREE", "ASSAULT", "THREATEN", "ACCUSE", "PROTEST"})


class Claims:
    """The claims stage: sets aux_mode, planned_event, claim status and adjusts confidence."""

    name = "claims"

    def __init__(self, nlp, config, lexicon=None) -> None:
        """``lexicon``: the events stage's trigger lexicon, when it was loaded already for this config."""
        self.config = config
        self.cues = load_cues(getattr(config, "claim_cues", None))
        self.modality = Modality(self.cues)
        self.attributor = Attributor(self.cues)
        self._uncertain = self.cues.claims.get("uncertainty_adverbs", frozenset())
        # lemma hashes of the words the story-level passes look for, so a story is
        # scanned as one integer array instead of token by token
        claims = self.cues.claims
        self._self_reporting = {c.upper() for c in claims.get("self_reporting_codes", frozenset())}
        self._monitor_codes = {c.upper() for c in claims.get("monitor_codes", frozenset())}
        self._monitor_names = tuple(claims.get("monitor_names", ()))
        self._own_account = frozenset(claims.get("own_account_verbs", ()))
        self._suspect_participles = claims.get("suspect_participles", frozenset())
        self._threat_when_negated = claims.get("threat_when_negated", frozenset())
        # verbs whose past object was agreed, not planned: "agreed a ceasefire", "pledged a loan"
        self._agreement_verbs = frozenset(self.cues.claims.get("agreement_verbs", ()))
        self._denial_words = claims["deny_verbs"] | claims["deny_call_verbs"] | claims["assert_verbs"]
        self._unverified_words = claims["unverified_verbs"]
        # event nouns and their PLOVER types, for "Russia attacked Kharkiv. Moscow denied the attack."
        if lexicon is None:
            lexicon = load_lexicon(list(getattr(config, "dictionaries", []) or []))
        self.noun_types = {lemma: frozenset(t.type for t in triggers) for lemma, triggers in lexicon.nouns.items()}
        self.verb_types = {lemma: frozenset(t.type for t in triggers) for lemma, triggers in lexicon.verbs.items()}
        # verbs that are threats in themselves ("threaten", "warn"), not idioms that need an object or a word
        # ("pay a heavy price", "face consequences"): only those keep their own modal
        self._threat_verbs = frozenset(lemma for lemma, triggers in lexicon.verbs.items()
                                       if any(t.type == "THREATEN" and t.obj is None and not t.needs for t in triggers))

    def _unvouched(self, ctx: StoryContext, cand: Candidate, attr) -> None:
        """An asserted report that still vouches for nothing: the doer is only suspected
        ("Suspected RSF fighters shelled a camp", "gunmen believed to be linked to the ELN"), or
        the speaker is a monitor telling what others did ("Human Rights Watch said RSF fighters
        executed civilians"): both are alleged (docs/claims.md)."""
        doc = ctx.doc
        for m in cand.actor:
            root = doc[m.root]
            heads = (root, root.head) if root.dep_ == "compound" else (root,)
            for word in heads:
                for c in word.children:
                    if (c.dep_ in ("amod", "compound") and c.lower_ in self.attributor.allege_modifiers) or (
                            c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in self._suspect_participles):
                        attr.status = "alleged"
                        attr.cues = [*attr.cues, f"alleged:{c.lower_} {word.text}"]
                        return
        by = codes(attr.by)
        named = any(self._monitor_named(m.text) for m in attr.by)
        if not named and attr.gov is not None:
            # "the Egyptian Initiative for Personal Rights said": the name the parser split into a country, or
            # left uncoded ("the press freedom group MLSA said")
            named = any(s.dep_ == "nsubj" and self._monitor_named(doc[s.left_edge.i: s.right_edge.i + 1].text)
                        for s in doc[attr.gov].children)
        monitor = by <= self._monitor_codes or named
        # its own acts: the monitor's code on the doer, unless the doer is a party the monitor's name only
        # shares a country with ("RSF fighters killed 30 villagers, the Sudan Doctors Network said")
        own = by & codes(cand.actor) and (not named or codes(cand.actor) <= self._monitor_codes or any(
            self._monitor_named(m.text) or _speakers_own(doc[m.root]) or any(m.text == b.text for b in attr.by)
            for m in cand.actor)) or (not by and any(_speakers_own(doc[m.root]) for m in cand.actor))
        according = any(c.startswith(("asserted:according", "asserted:based")) for c in attr.cues)
        if (by or named) and monitor and not own and (named or not according) and not (according and self._toll_figure(doc, cand)):
            # (a body only coded NGO / UNO "according to" stays its assertion, and so does a monitor's toll of an
            # act: "clashes have left 20 dead, according to the rights group Foro Penal"; a body named as a
            # monitor, "killing 11, according to the Sudan Doctors Network", distances what it tells of others)
            attr.status = "alleged"
            attr.cues = [c.replace("asserted:", "alleged:", 1) for c in attr.cues]

    @staticmethod
    def _toll_figure(doc, cand: Candidate) -> bool:
        """'Clashes ... have left at least 20 people dead, according to ...': the source hangs on the toll of
        an act named as the toll verb's subject, so it gives a figure, not the act."""
        trig = doc[cand.trigger]
        if trig.dep_ != "nsubj" or _lemma(trig.head) not in TOLL_LEMMAS:
            return False
        return any(c.dep_ == "prep" and c.lower_ == "according" for c in trig.head.children)

    def _monitor_named(self, text: str) -> bool:
        """A reporting organisation by the words of its name (monitor_names; a ministry is a government's)."""
        text = text.lower()
        return "ministry" not in text and any(n in text for n in self._monitor_names)

    def __call__(self, ctx: StoryContext) -> None:
        if not ctx.candidates:
            return
        ref_year = ctx.pub_date.year if ctx.pub_date else None
        self.modality.ref_month = ctx.pub_date.month if ctx.pub_date else None
        doc = ctx.doc
        for cand in ctx.candidates:
            mode, mode_cues = self.modality.detect(self._modal_word(doc, cand), ref_year)
            attr = self.attributor.attribute(ctx, cand)
            noun = self._co_noun(doc, cand)
            if noun is not None:
                # "Russia's alleged attack on Kyiv killed five": the events stage merged the
                # noun into the verb; the noun's own markers still count
                if mode is None:
                    mode, mode_cues = self.modality.detect(noun, ref_year)
                    if mode in ("future", "hypothetical") and all(c == doc[cand.trigger].text for c in mode_cues):
                        # the merged verb is the act, not a plan of its own noun: "set fire to a tanker" was
                        # done ("set" is no "is set to"); a convening verb announces its act: "called a general
                        # strike for Monday" is planned, not sought (docs/claims.md, round 18)
                        verb = _lemma(doc[cand.trigger])
                        if verb in self.cues.convening_verbs:
                            mode = "future"
                        elif verb in self.cues.deed_verbs:
                            mode, mode_cues = None, []
                if attr.status == "asserted" and not attr.cues:
                    twin = Candidate(cand.sent_index, noun.i, noun.i, noun.i + 1, cand.event,
                                     actor=cand.actor, recipient=cand.recipient)
                    noun_attr = self.attributor.attribute(ctx, twin)
                    if noun_attr.status == "alleged":
                        attr = noun_attr
            if cand.event == "THREATEN" and mode in ("hypothetical", "future") and (
                    _lemma(doc[cand.trigger]) not in self._threat_verbs):
                # "Medvedev said Russia could use nuclear weapons": the events stage made a
                # party's announced own violence a THREATEN; its modal is what makes the
                # threat, and the threat itself was made
                mode, mode_cues = None, []
            elif cand.event == "THREATEN" and mode == "hypothetical" and self._threat_word(doc[cand.trigger]) and all(
                    c.startswith(("if ", "unless ")) for c in mode_cues):
                # "threatened Qatar with retaliation if it allowed U.S. jets ...": a threat's
                # condition is part of the threat (plover-decisions), which was made
                mode, mode_cues = None, []
            if (cand.event == "THREATEN" and mode == "negation"
                    and (_lemma(doc[cand.trigger]) in self._threat_when_negated or withheld_until(doc[cand.trigger]))):
                # "India has not ruled out strikes on Pakistan": the events stage coded the
                # double negative as the threat it is; its "not" is no negation of the threat
                mode, mode_cues = None, []
            if (cand.event in self.cues.self_threat_modes and mode in ("hypothetical", "future")
                    and attr.status == "asserted"
                    and (any(c.lower() in self.cues.readiness_cues for c in mode_cues) or any(
                        c.dep_ == "aux" and c.lower_ in (THREAT_MODALS if cand.event == "ASSAULT" else MAYBE_MODALS)
                        for c in doc[cand.trigger].children))
                    and codes(cand.actor) and codes(cand.actor) <= codes(attr.by)
                    and not opponent_voice(attr.by, cand.actor)):  # (an opposition's forecast of its state's act)
                # "Erdogan said Turkey would not hesitate to strike" / "was ready to strike": a
                # party announcing its own readiness for violence threatens it (plover-decisions);
                # a penalty it says it will impose is decided, not threatened: only a possibility
                # ("could expel") or readiness makes a SANCTION / COERCE a threat;
                # so does its own modal ("Pakistan may strike ..., Asif said") where the events
                # stage, which recodes those, did not see the speaker (a report the parser
                # hung on the act as a conjunct)
                cand.planned_event, cand.planned_mode = cand.event, cand.mode
                cand.event, cand.mode = "THREATEN", self.cues.self_threat_modes[cand.event]
                mode, mode_cues = None, []
            if (mode == "future" and mode_cues and cand.event not in _NOT_AGREED
                    and all(_lemma_of(doc, cand, c, ctx.sents) in self._agreement_verbs for c in mode_cues)):
                gov = _past_governor(doc, cand, mode_cues[0])
                if gov is not None:
                    # "Israel and Hamas agreed a ceasefire in January 2025": the agreement was made
                    # (AGREE, like "agreed to visit"), at the agreeing verb's own time
                    cand.planned_event, cand.planned_mode = cand.event, cand.mode
                    cand.event, cand.mode = "AGREE", None
                    mode, mode_cues = self._agreed_when(gov, ref_year)
            if (mode == "future" and cand.event in self.cues.announced_acts and mode_cues
                    and all(_lemma_of(doc, cand, c, ctx.sents) == "announce" for c in mode_cues)):
                # "The Treasury announced sanctions on 300 entities": announcing them imposed them
                mode, mode_cues = None, []
            if (attr.status == "alleged" and mode in ("future", "hypothetical")
                    and attr.cues and all(c.split(":", 1)[1].lower() in self._uncertain for c in attr.cues)):
                # "Russia will likely strike Kyiv again": a forecast, not a hedged report (its
                # source may still distance it: "..., South Korean intelligence said")
                attr = self.attributor.attribute(ctx, cand, skip=self._uncertain)
            own = codes(attr.by) & codes(cand.actor)
            if attr.source_kind == "own document":
                own = codes(cand.actor) & self._self_reporting  # "according to its latest report"
            if attr.status == "alleged" and own and (attr.source_kind in ("document", "own document") or (
                    attr.source_kind == "anonymous" and own & self._self_reporting)):
                # "according to a report released by OCHA, the World Food Programme delivered ...",
                # "U.N. officials said the WFP had reached El Fasher": a body's own report of its own
                # acts is its statement (an organisation speaks through its staff; unnamed officials
                # of a state stay distanced)
                attr.status, attr.cues = "asserted", [c.replace("alleged:", "asserted:", 1) for c in attr.cues]
            if (attr.status == "alleged" and own and own == codes(attr.by) and not attr.source_kind
                    and attr.gov is not None and len(attr.cues) == 1 and _lemma(doc[attr.gov]) in self._own_account):
                # "China insisted it has never supplied weapons": a party's account of its own conduct
                attr.status, attr.cues = "asserted", [c.replace("alleged:", "asserted:", 1) for c in attr.cues]
            if attr.status == "asserted":
                self._unvouched(ctx, cand, attr)
            cand.aux_mode = mode
            cand.claim_status = attr.status
            cand.claim_by = list(attr.by)
            cand.denied_by = list(attr.denied_by)
            cand.claim_cues = [*attr.cues, *(f"{mode}:{c}" for c in mode_cues)]
            cand.extra["claim_gov"] = attr.gov
            cand.extra["admitted"] = attr.admitted
            self._recode(cand, ctx)
        self._denied_documents(ctx)
        merge_planned_visits(ctx)
        fold_promised_acts(ctx, self.cues.would_report_verbs | self.cues.future.governors)
        denial_words = _tokens_with(ctx, self._denial_words)
        link_denials(ctx, self.attributor, denial_words, self.noun_types)
        deny_narrated(ctx, self.attributor, self.noun_types, denial_words, self.verb_types)
        negated_by_actor(ctx, self.attributor, self.modality, self.verb_types, denial_words)
        countered_reports(ctx, self.attributor)
        mark_unverified(ctx, self.attributor, self.modality, _tokens_with(ctx, self._unverified_words))
        factors = self.cues.confidence
        for cand in ctx.candidates:
            factor = factors.get(cand.aux_mode or "", 1.0) * factors.get(cand.claim_status, 1.0)
            cand.confidence = round(cand.confidence * factor, 4)

    @staticmethod
    def _modal_word(doc, cand: Candidate) -> Token:
        """The word whose cues give the event's aux mode: the trigger, except for a cut supply named
        by its gerund ("Russia stopped supplying gas to Moldova" is the SANCTION itself, not a negated
        supply; "did not stop supplying" negates it), whose stopping verb is the act."""
        trig = doc[cand.trigger]
        if cand.event == "SANCTION" and cand.mode == "discontinue" and trig.tag_ == "VBG":
            gov = trig.head if trig.dep_ in ("xcomp", "pcomp", "dobj") else None
            if gov is not None and gov.dep_ == "prep":
                gov = gov.head
            if gov is not None and _lemma(gov) in STOP_VERBS:
                return gov
        return trig

    def _denied_documents(self, ctx: StoryContext) -> None:
        """'The Taliban rejected a U.N. report accusing its fighters of killing ...': the report did
        accuse (its ACCUSE is told), and the denial answers what it alleges, which becomes contested."""
        doc = ctx.doc
        nouns = self.attributor.allegation_nouns | self.attributor.document_nouns
        for cand in ctx.candidates:
            trig = doc[cand.trigger]
            if (cand.event != "ACCUSE" or cand.claim_status not in ("denied", "contested")
                    or trig.dep_ not in ("acl", "relcl") or _lemma(trig.head) not in nouns
                    or _lemma(trig) not in self.attributor.allege_verbs):
                continue
            deniers = cand.denied_by
            cand.claim_status, cand.denied_by = "asserted", []
            cand.claim_cues = [c for c in cand.claim_cues if not c.startswith("denied:")]
            for act in ctx.candidates:
                if act is not cand and act.extra.get("claim_gov") == cand.trigger and act.claim_status == "alleged":
                    act.claim_status = "contested"
                    act.denied_by = list(deniers)
                    act.claim_cues = [*act.claim_cues, "denied:" + trig.head.text]

    def _agreed_when(self, gov: Token, ref_year: int | None) -> tuple[str | None, list[str]]:
        """An old date on the agreeing verb or on what it agreed ("agreed a ceasefire in January
        2025") makes the agreement background; otherwise it is plain."""
        found: dict[str, list[str]] = {m: [] for m in MODE_ORDER}
        for holder in (gov, *(c for c in gov.children if c.dep_ == "dobj")):
            for c in holder.children:
                if c.dep_ in ("prep", "npadvmod", "advmod"):
                    self.modality._time_and_era(holder, c, found, ref_year)
        return ("historical", found["historical"]) if found["historical"] else (None, [])

    def _threat_word(self, tok: Token) -> bool:
        """A word that names a threat itself (threaten, warn, threat, ultimatum)."""
        return "THREATEN" in self.verb_types.get(_lemma(tok), ()) or "THREATEN" in self.noun_types.get(_lemma(tok), ())

    def _co_noun(self, doc, cand: Candidate) -> Token | None:
        """The event noun a verb trigger was merged with: its subject or object naming the same event."""
        trig = doc[cand.trigger]
        if trig.pos_ not in ("VERB", "AUX") or _lemma(trig) in self.attributor.allege_verbs | _TOPIC_VERBS:
            # ("blamed the attack on India": the object is the act blamed, not the blame; "discussed a
            # possible summit": the talk happened, the summit is its topic)
            return None
        p = parse(doc)  # by index: a Token object only for the noun returned
        for c in p.kids[trig.i]:
            if p.dep[c] in ("nsubj", "nsubjpass", "dobj") and p.pos[c] == "NOUN" and cand.event in self.noun_types.get(
                    p.lemma[c], ()):
                if c > trig.i and p.lower[p.left[c] - 1] == ",":
                    continue  # "accused X of Y, a charge X denied": a noun that sums the clause up
                return doc[c]
        return None

    def _recode(self, cand: Candidate, ctx: StoryContext | None = None) -> None:
        """PLOVER: future CONSULT/SUPPORT/COOPERATE/AID are AGREE; a future RETREAT is CONCEDE.

        So is a declared readiness ("said his government was ready / prepared / willing to sign
        the treaty"): an offer, which PLOVER codes AGREE, and which was made (``aux_mode`` null,
        like "pledged to send" and a readiness for violence made a THREATEN).
        """
        ready = cand.aux_mode == "hypothetical" and any(
            c.split(":", 1)[1].lower() in self.cues.readiness_cues for c in cand.claim_cues
            if c.startswith("hypothetical:"))
        if cand.aux_mode != "future" and not ready:
            return
        if cand.event in self.cues.future_to_agree:
            target = "AGREE"
        elif cand.event in self.cues.future_to_concede:
            target = "CONCEDE"
        else:
            return
        cand.planned_event, cand.planned_mode = cand.event, cand.mode
        cand.event, cand.mode = target, None
        if ready:
            cand.aux_mode = None
            if cand.planned_mode == "third-party" and ctx is not None:
                self._mediator_offers(cand, ctx)
            elif cand.planned_event == "CONSULT" and not cand.recipient and ctx is not None:
                self._offered_partner(cand, ctx)

    @staticmethod
    def _offered_partner(cand: Candidate, ctx: StoryContext) -> None:
        """'Caracas was open to / ready for talks with Washington': the offer is made to the partner the
        talks are 'with' (the events stage made both sides actors of the talks themselves)."""
        doc = ctx.doc
        span = range(min(cand.trigger, cand.trigger_start), max(cand.trigger + 1, cand.trigger_end))

        def partner(m: Mention) -> bool:
            tok = doc[m.root]
            for a in [tok, *tok.ancestors]:
                if a.i in span:
                    return False
                if a.dep_ == "prep" and a.lower_ == "with" and a.head.i in span:
                    return True
            return False

        offered = [m for m in cand.actor if partner(m)]
        if offered and len(offered) < len(cand.actor):
            cand.recipient = offered
            cand.actor = [m for m in cand.actor if m not in offered]
            return
        # "Cairo remained ready to host a new round of talks between Israel and Hamas": a host's offer is made to
        # the two sides the talks it would hold are between
        own = codes(cand.actor)
        talks = {o.i for o in doc[cand.trigger].children if o.dep_ == "dobj"}

        def between_talks(a: Token) -> bool:  # ("a new round of talks between ...": up the object's own phrase)
            for h in list(a.ancestors)[:4]:
                if h.i in talks:
                    return True
                if h.pos_ in ("VERB", "AUX"):
                    return False
            return False

        sides = [m for m in ctx.mentions_in(cand.sent_index) if m.code and m.code not in own and any(
            a.dep_ == "prep" and a.lower_ == "between" and between_talks(a) for a in doc[m.root].ancestors)]
        if len({m.code for m in sides}) >= 2:
            cand.recipient = one_per_entity(sides)

    @staticmethod
    def _mediator_offers(cand: Candidate, ctx: StoryContext) -> None:
        """'Egypt said it was ready to mediate between Ethiopia and Somalia': the offer is the
        mediator's, made to the two parties (the events stage made the parties the actors of
        the mediated talks)."""
        tok = ctx.doc[cand.trigger]
        for _ in range(4):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None or tok.head.i == tok.i:
                break
            tok = tok.head
        if subj is None:
            return
        mediator = ctx.mention_at(subj.i)
        offer = [mediator] if mediator is not None and mediator.code else (
            list(cand.claim_by) if subj.pos_ == "PRON" else [])
        if not offer:
            return
        if codes(offer) & codes(cand.actor):
            # the events stage already took the mediator in with the parties ("ready to host
            # talks between Russia and Ukraine" -> TUR, RUS, UKR): the others are the parties
            parties = [m for m in cand.actor if m.code not in codes(offer)]
            if parties and not cand.recipient:
                cand.actor = [m for m in cand.actor if m.code in codes(offer)]
                cand.recipient = parties
            return
        if not cand.recipient:
            cand.recipient = list(cand.actor)
        cand.actor = offer


_TOPIC_VERBS = frozenset({"discuss", "debate", "raise", "address"})


def _planned_meeting(c: Candidate) -> bool:
    return c.event == "AGREE" and c.planned_event == "CONSULT" and c.aux_mode == "future"


def fold_promised_acts(ctx: StoryContext, reporters: frozenset[str]) -> None:
    """'promised U.S. officials that Hanoi would buy more American aircraft': one AGREE.

    A future cooperative act recoded AGREE whose governing word in the same sentence is
    itself an AGREE (promise, pledge, vow, agree) by the same actor is the content of that
    promise (plover-decisions: "pledged to keep supporting Ukraine" is one AGREE): the
    promise keeps the act as its ``planned_event``; the recoded act is dropped.
    """
    cands = ctx.candidates
    doc = ctx.doc
    promises = [c for c in cands if c.event == "AGREE" and c.aux_mode is None]
    if not promises:
        return
    dropped: set[int] = set()
    for c in cands:
        if c.event != "AGREE" or c.planned_event is None or c.aux_mode != "future" or c in promises:
            continue
        # the nearest word above the act that reports or plans it must be the promise itself
        # ("vowed to keep supporting Ukraine and said it would send generators": two acts)
        gov = next((t for t in doc[c.trigger].ancestors
                    if _lemma(t) in reporters and t.pos_ in ("VERB", "AUX", "NOUN")), None)
        for p in promises:
            if (gov is not None and p.trigger == gov.i and p.sent_index == c.sent_index
                    and codes(p.actor) & codes(c.actor)):
                if p.planned_event is None:
                    p.planned_event, p.planned_mode = c.planned_event, c.planned_mode
                p.recipient = p.recipient or c.recipient
                dropped.add(id(c))
                break
    if dropped:
        ctx.candidates = [c for c in cands if id(c) not in dropped]


def merge_planned_visits(ctx: StoryContext) -> None:
    """'will travel to Warsaw on Thursday, where he will meet Tusk': one planned visit.

    In one sentence, a planned trip (planned CONSULT ``visit``) and a planned meeting
    (planned CONSULT) with the same parties and the same claim status describe one
    planned visit: the trip is kept (its date and place are the visit's), taking the
    meeting's cues; the meeting is dropped. Past visits keep both events.
    """
    cands = ctx.candidates
    trips = [c for c in cands if _planned_meeting(c) and c.planned_mode == "visit"]
    if not trips:
        return
    dropped: set[int] = set()
    for trip in trips:
        parties = codes(trip.actor) | codes(trip.recipient)
        if not parties or not codes(trip.actor):
            continue
        for other in cands:
            if (other is trip or id(other) in dropped or other.sent_index != trip.sent_index
                    or not _planned_meeting(other) or other.claim_status != trip.claim_status
                    or (other.planned_mode == "visit" and id(trip) in dropped)):
                continue
            if other.planned_mode == "visit" and other.trigger < trip.trigger:
                continue  # two trips: the earlier one is the trip that is kept
            other_parties = codes(other.actor) | codes(other.recipient)
            # the same parties, or some of them where a side went unresolved ("will travel to
            # Tokyo for a summit with Ishiba": the summit got only JPN)
            if other_parties and (other_parties == parties and codes(other.actor) & codes(trip.actor)
                                  or other.planned_mode != "visit" and other_parties < parties):
                dropped.add(id(other))
                trip.claim_cues = list(dict.fromkeys(trip.claim_cues + other.claim_cues))
                trip.claim_by = one_per_entity(trip.claim_by + other.claim_by)
    if dropped:
        ctx.candidates = [c for c in cands if id(c) not in dropped]

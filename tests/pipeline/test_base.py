"""Helpers shared by the pipeline stages (pipeline/base.py)."""

from __future__ import annotations

from tidings.pipeline.base import tokens_with_lower


def test_tokens_with_lower_finds_cue_words_in_order_whatever_their_case(coder):
    doc = coder.nlp("It said the Kingdom would reply; the kingdom's envoy left, and it was over.")
    found = tokens_with_lower(doc, {"it", "kingdom"})
    assert [t.text for t in found] == ["It", "Kingdom", "kingdom", "it"]
    assert [t.i for t in found] == sorted(t.i for t in found)


def test_tokens_with_lower_on_words_the_vocabulary_never_saw_is_empty(coder):
    doc = coder.nlp("Nothing here.")
    assert tokens_with_lower(doc, {"zzqxwordneverseen"}) == []


def test_forget_drops_the_per_tree_answers_with_the_tree(coder):
    from tidings.pipeline.base import forget, parse
    from tidings.pipeline.owners import conjuncts

    doc = coder.nlp("France, Germany and Italy condemned the attack.")
    assert [t.text for t in conjuncts(doc[0])] == ["France", "Germany", "Italy"]
    assert parse(doc).memo
    forget(doc)
    assert not parse(doc).memo


def test_doc_words_holds_every_lemma_and_lower_case_form_of_the_doc(coder):
    from tidings.pipeline.base import doc_words

    doc = coder.nlp("Rebels Pulled out of the town.")
    found = doc_words(doc)
    assert {"rebels", "rebel", "pulled", "pull", "out", "of", "town", "."} <= found
    assert "off" not in found
    assert doc_words(doc) is found  # (kept with the doc's parse)


def test_parse_reads_what_spacy_tokens_say_for_words_never_seen_before(coder):
    from tidings.pipeline.base import Parse, span_text

    # (made-up words: their hashes reach the shared hash -> string table for the first time here)
    doc = coder.nlp("Zorblax envoys met Quenthia officials in Vrelloport on Monday. Talks ended.")
    p = Parse(doc)
    assert p.text == [t.text for t in doc]
    assert p.lower == [t.lower_ for t in doc]
    assert p.lemma == [t.lemma_.lower() for t in doc]
    assert (p.dep, p.pos, p.tag, p.ent) == ([t.dep_ for t in doc], [t.pos_ for t in doc], [t.tag_ for t in doc],
                                            [t.ent_type_ for t in doc])
    assert p.head == [t.head.i for t in doc]
    assert p.sent_start == [t.sent.start for t in doc] and p.sent_end == [t.sent.end for t in doc]
    assert span_text(doc, 0, len(doc)) == doc.text


def test_word_indexes_built_from_the_parse_match_spacys_words(coder):
    from tidings.pipeline.base import _word_index, forget

    doc = coder.nlp("Rebels Pulled out of Zqwertown; the rebels said they pulled out.")
    forget(doc)
    lower, lemma = _word_index(doc, "lower"), _word_index(doc, "lemma")
    assert lower == {w: [t.i for t in doc if t.lower_ == w] for w in {t.lower_ for t in doc}}
    assert lemma == {w: [t.i for t in doc if t.lemma_ == w] for w in {t.lemma_ for t in doc}}


def test_sentence_spans_give_spacys_sentence_for_every_word_and_one_span_per_sentence(coder):
    import gc
    import weakref

    from tidings.pipeline.base import SentenceSpans, forget

    doc = coder.nlp("Kenya recalled its envoy on Monday. Uganda, which denied the claim, said it would respond "
                    "\"in kind\". Talks ended")
    sent_of = SentenceSpans()
    for tok in doc:
        assert (sent_of(tok).start, sent_of(tok).end) == (tok.sent.start, tok.sent.end)
    assert sent_of(doc[0]) is sent_of(doc[3])  # (made once per sentence)
    kept = sent_of(doc[0])
    forget(doc)  # a changed tree: the spans are made again from the new parse
    assert sent_of(doc[0]) is not kept and sent_of(doc[0]) == kept
    # the spans live with the hook, not with the doc's cached parse: the doc is freed once nothing else holds it
    gone = weakref.ref(doc)
    del doc, kept, sent_of, tok
    parse_of_other = coder.nlp("Talks resumed.")  # (the parse cache's last doc is another one)
    from tidings.pipeline.base import parse

    parse(parse_of_other)
    gc.collect()
    assert gone() is None


def test_the_coder_leaves_no_sentence_hook_behind_and_keeps_a_users_own(coder):
    from tidings.coder import make_story

    text = "Kenya recalled its envoy from Uganda on Monday. Uganda said it would respond."
    doc = coder.parse([text])[0]
    assert coder.code_doc(doc, make_story(text))
    assert "sent" not in doc.user_token_hooks

    def own(tok):
        return tok.doc[tok.i: tok.i + 1].sent

    doc = coder.parse([text])[0]
    doc.user_token_hooks["sent"] = own
    coder.code_doc(doc, make_story(text))
    assert doc.user_token_hooks["sent"] is own

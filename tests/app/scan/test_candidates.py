"""The candidate stage: copies pass, texts on other stories are set aside, without the full comparison."""

from app.scan.candidates import MIN_SHARED_NGRAMS, content_words, fingerprint, screen, screen_batch
from tests.app.scan.conftest import ORIGINAL, SAMPLES, UNRELATED, press_copy


def test_copies_pass_and_other_stories_do_not():
    fp = fingerprint(ORIGINAL.read_text("utf-8"))
    rewrite = (SAMPLES / "putin-minerals-rewrite.txt").read_text("utf-8")
    verdicts = screen_batch(fp, [ORIGINAL.read_text("utf-8"), rewrite, press_copy(), *UNRELATED.values()])
    assert [v.candidate for v in verdicts] == [True, True, True, False, False, False, False]
    assert verdicts[0].word_share == 1.0
    assert verdicts[2].shared_ngrams >= 20  # two paragraphs share dozens of 3-grams
    assert all(v.shared_ngrams < MIN_SHARED_NGRAMS for v in verdicts[3:])


def test_rewording_small_words_keeps_the_3grams():
    fp = fingerprint("The minister said the new mine would open in the spring of next year.")
    assert screen(fp, "A minister stated that a new mine will open during spring, next year").candidate
    assert not screen(fp, "The spring fair opens next year in the town square.").candidate


def test_a_paraphrase_of_the_whole_text_passes_on_its_words():
    # Word order shuffled so that no 3-gram survives, but the words are the original's.
    original = ("Engineers inspected the damaged railway bridge near the harbour on Tuesday morning. "
                "Passengers travelling north face delays until repairs finish next month, officials warned.")
    shuffled = ("Officials warned passengers: delays travelling north, until next month repairs finish. "
                "Tuesday morning engineers, near the harbour, inspected the railway bridge damaged.")
    verdict = screen(fingerprint(original), shuffled)
    assert verdict.shared_ngrams < MIN_SHARED_NGRAMS and verdict.word_share >= 0.6
    assert verdict.candidate


def test_a_short_original_needs_fewer_shared_3grams():
    fp = fingerprint("Rare minerals deal signed")
    assert fp.min_shared == 1
    assert screen(fp, "Officials confirmed the rare minerals deal signed yesterday.").candidate
    assert not screen(fp, "").candidate
    assert not screen(fingerprint(""), "anything at all").candidate


def test_content_words_drop_stop_words_and_stem():
    assert content_words("The minerals were offered to the partners") == ["mineral", "offer", "partner"]

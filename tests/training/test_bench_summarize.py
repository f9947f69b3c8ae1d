"""scripts/bench_summarize.py's audit reads the splitter's caption labels."""

from __future__ import annotations

from tests.conftest import load_script

OPENING = "A farmer has grown a pumpkin that weighs more than a small family car."
CAPTION = "Tom Hale stands beside his giant pumpkin at his farm near Ashford on Sunday"
NEXT = "The pumpkin weighed 1,200kg when it was put on the scales at the show."
ARTICLE = f"{OPENING} {CAPTION} {NEXT}"


def test_a_picked_glued_caption_counts_as_a_split_caption() -> None:
    # no bracket and no "pictured": the audit's own patterns miss it, the splitter's label does not
    bench = load_script("bench_summarize")
    assert not bench._FURNITURE.search(CAPTION)
    assert bench.split_labelled(ARTICLE, [OPENING, CAPTION])
    assert not bench.split_labelled(ARTICLE, [OPENING, NEXT])


def test_a_baseline_sentence_holding_the_caption_counts_too() -> None:
    # Punkt (the lead baseline) reads the caption and the sentence after it as one sentence
    bench = load_script("bench_summarize")
    assert bench.split_labelled(ARTICLE, [f"{CAPTION} {NEXT}"])

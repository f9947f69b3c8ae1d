"""The public Python API promised in the README (names and return shapes)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

import factkit
from factkit import Claim, Quantity, Sentence, Summary
from factkit.errors import InputError
from factkit.render import render_report
from factkit.text_checks import CONTROL_CHARACTER


def test_public_names_are_functions_not_submodules() -> None:
    # importing the stage modules must not shadow the API functions of the same topic
    import factkit.checkworthy
    import factkit.summarization
    import factkit.verification

    for name in (
        "read_article",
        "split_sentences",
        "find_quantities",
        "extract_claims",
        "summarize",
        "analyze",
        "verify",
        "checkworthiness",
        "batch",
    ):
        assert callable(getattr(factkit, name)), name


def test_split_and_quantities_on_plain_text() -> None:
    text = "The U.S. said 5 people died. Officials expect more than 1,200 arrests."
    sentences = factkit.split_sentences(text)
    assert all(isinstance(s, Sentence) for s in sentences) and len(sentences) == 2
    qs = factkit.find_quantities(text)
    assert all(isinstance(q, Quantity) for q in qs)
    assert [q.value for q in qs] == [5, 1200]
    assert qs[1].qualifier == "more than"


def test_split_sentences_takes_every_config_form(tmp_path: Path) -> None:
    # README: every function takes a factkit.Config, a YAML path or None; split_sentences took
    # only the splitter's own section and died with AttributeError on a path or a Config
    text = "The minister spoke on Monday. A second sentence follows it."
    cfg = tmp_path / "c.yaml"
    cfg.write_text("splitter:\n  max_len: 0\n", encoding="utf-8")
    expected = [s.text for s in factkit.split_sentences(text)]
    for config in (cfg, str(cfg), factkit.Config(), factkit.load_config(cfg)):
        assert [s.text for s in factkit.split_sentences(text, config=config)] == expected
    assert [s.text for s in factkit.split_sentences(text, factkit.Config().splitter)] == expected
    with pytest.raises(TypeError, match=r"factkit\.split_sentences\(\): config must be"):
        factkit.split_sentences(text, config=3)  # type: ignore[arg-type]


def test_extract_claims_accepts_text_and_config_path(seed_text: str, tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("checkworthiness:\n  enabled: false\n", encoding="utf-8")
    claims = factkit.extract_claims(seed_text, config=cfg)
    assert claims and all(isinstance(c, Claim) for c in claims)
    assert any("95 percent" in c.text and "attributed" in c.kinds for c in claims)


def test_the_ingest_section_of_config_applies_to_text(tmp_path: Path) -> None:
    # as_article read text with the default ingest settings, whatever config= said: a text past
    # ingest.max_chars was analysed, and metadata_line: false still took the date line
    cfg = tmp_path / "c.yaml"
    cfg.write_text("ingest:\n  max_chars: 40\n  metadata_line: false\n", encoding="utf-8")
    long = "The mayor said 12 homes burned on Monday. " * 3
    for call in (
        lambda: factkit.analyze(long, config=cfg),
        lambda: factkit.extract_claims(long, config=cfg),
        lambda: factkit.summarize(long, config=cfg),
        lambda: factkit.verify("The mayor spoke.", long, config=cfg),
    ):
        with pytest.raises(factkit.InputError, match=r"more than ingest\.max_chars \(40\)"):
            call()
    dated = " date 2021-08-10 Fast News\nThe mayor spoke."
    no_meta = factkit.load_config(None, ["ingest.metadata_line=false"])
    assert factkit.analyze(dated, config=no_meta).article.date is None
    assert factkit.analyze(dated).article.date is not None


def test_summarize_lengths(seed_text: str) -> None:
    two = factkit.summarize(seed_text, n_sentences=2)
    assert isinstance(two, Summary) and len(two.sentences) == 2
    assert two.text.startswith(two.sentences[0].text)
    short = factkit.summarize(seed_text, words=40)
    total = sum(len(s.text.split()) for s in short.sentences)
    assert 20 <= total <= 60  # "about 40 words": sentences are whole, overshoot <= undershoot


def test_checkworthiness_ranks_claims_over_small_talk() -> None:
    claim = factkit.checkworthiness(
        "Unemployment fell to 3.5 percent in May, the lowest in 50 years."
    )
    chat = factkit.checkworthiness("Thank you very much, it is great to be here.")
    assert 0.0 <= chat < claim <= 1.0


@pytest.mark.parametrize("bad", [None, b"bytes", 3])
@pytest.mark.parametrize(
    "call,argument",
    [
        (lambda x: factkit.split_sentences(x), "text"),
        (lambda x: factkit.find_quantities(x), "text"),
        (lambda x: factkit.extract_claims(x), "text_or_article"),
        (lambda x: factkit.summarize(x), "text_or_article"),
        (lambda x: factkit.analyze(x), "text_or_article"),
        (lambda x: factkit.verify(x, "The source."), "summary_text"),
        (lambda x: factkit.verify("A summary.", x), "source"),
        (lambda x: factkit.checkworthiness(x), "sentence"),
        (lambda x: factkit.batch(x, "out.jsonl"), "inputs"),
        (lambda x: factkit.batch(["a.txt", x], "out.jsonl"), r"inputs\[1\]"),
        (lambda x: factkit.batch(["a.txt"], x), "output"),
    ],
)
def test_wrong_argument_types_name_the_argument(call: Any, argument: str, bad: object) -> None:
    with pytest.raises(TypeError, match=rf"^factkit\.\w+\(\): {argument} must be .*, not "):
        call(bad)


@pytest.mark.parametrize(
    "call,argument",
    [
        (lambda x: factkit.split_sentences(x), "text"),
        (lambda x: factkit.analyze(x), "text_or_article"),
        (lambda x: factkit.verify(x, "The source."), "summary_text"),
        (lambda x: factkit.checkworthiness(x), "sentence"),
    ],
)
def test_unpaired_surrogate_is_a_value_error_naming_the_argument(call: Any, argument: str) -> None:
    # a lone surrogate (from a JSON "\\udc00" escape) reached the tokenizer's TypeError
    why = r"an unpaired surrogate \(U\+DC00 at character 4\)"
    with pytest.raises(ValueError, match=rf"\(\): {argument}: {why}"):
        call("Bad \udc00 text said 5 people.")


@pytest.mark.parametrize(
    "call,argument",
    [
        (lambda x: factkit.split_sentences(x), "text"),
        (lambda x: factkit.find_quantities(x), "text"),
        (lambda x: factkit.extract_claims(x), "text_or_article"),
        (lambda x: factkit.analyze(factkit.Article(text=x)), r"text_or_article\.text"),
        (lambda x: factkit.verify(x, "The source."), "summary_text"),
        (lambda x: factkit.verify("A summary.", x), "source"),
        (lambda x: factkit.checkworthiness(x), "sentence"),
    ],
)
def test_a_nul_character_is_a_value_error_as_the_readme_says(call: Any, argument: str) -> None:
    # the README: a NUL is refused, and the API raises ValueError; the API analysed the text
    why = r"contains a NUL character \(at character 3\)"
    with pytest.raises(ValueError, match=rf"\(\): {argument}: {why}"):
        call("Bad\x00 text said 5 people.")


@pytest.mark.parametrize("blank", ["", "  \n\t ", "\u200b\u200b"])
@pytest.mark.parametrize(
    "call,argument",
    [
        (lambda x: factkit.analyze(x), "text_or_article"),
        (lambda x: factkit.extract_claims(x), "text_or_article"),
        (lambda x: factkit.summarize(x), "text_or_article"),
        (lambda x: factkit.analyze(factkit.Article(text=x)), r"text_or_article\.text"),
        (lambda x: factkit.verify("The mayor said 12 homes burned.", x), "source"),
    ],
)
def test_an_empty_article_is_a_value_error_as_the_readme_says(
    call: Any, argument: str, blank: str
) -> None:
    # the command line refuses an empty article (exit 2) and the README says the API raises
    # ValueError; the API returned an empty report, summary or claim list instead
    with pytest.raises(ValueError, match=rf"\(\): {argument}: the article is empty"):
        call(blank)


@pytest.mark.parametrize("blank", ["", "  \n\t ", "\u200b\u200b"])
def test_an_empty_sentence_has_no_checkworthiness_score(blank: str) -> None:
    # the model scored no text 0.038, a low score that read as a judgement of a sentence
    with pytest.raises(
        ValueError, match=r"^factkit\.checkworthiness\(\): sentence: the sentence is empty"
    ):
        factkit.checkworthiness(blank)


@pytest.mark.parametrize(
    ("summary", "why"),
    [("  \n", "the summary is empty"), ("!!! ...", "the summary has no words")],
)
def test_a_summary_with_nothing_to_verify_is_a_value_error(summary: str, why: str) -> None:
    # as `factkit verify` refuses it; the API returned Verification(sentences=(), score=None),
    # or a verdict on "!!!"
    with pytest.raises(ValueError, match=rf"^factkit\.verify\(\): summary_text: {why}"):
        factkit.verify(summary, "The mayor said 12 homes burned.")


def test_read_summary_of_an_empty_file_names_the_file(tmp_path: Path) -> None:
    # it returned "", and verify() then blamed its summary_text argument, naming no file
    path = tmp_path / "summary.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="the summary is empty") as err:
        factkit.read_summary(path)
    assert str(err.value).startswith(f"{path}: ")


@pytest.mark.parametrize("argument", ["n_sentences", "words", "ratio", "max_chars"])
@pytest.mark.parametrize("bad", ["3", True, [2]])
def test_wrong_summary_length_type_names_the_argument(argument: str, bad: object) -> None:
    # summarize(text, n_sentences="3") failed deep inside ("'<' not supported between str and
    # int"), and True was taken as 1
    with pytest.raises(TypeError, match=rf"^factkit\.summarize\(\): {argument} must be .*, not "):
        factkit.summarize("The mayor spoke. He left.", **{argument: bad})


@pytest.mark.parametrize("bad", [b"bytes", 3])
def test_wrong_config_type_names_the_argument(bad: object) -> None:
    with pytest.raises(TypeError, match=r"factkit\.analyze\(\): config must be"):
        factkit.analyze("Some text.", bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lengths", "named"),
    [
        ({"n_sentences": 2, "words": 40}, "n_sentences and words"),
        ({"words": 40, "ratio": 0.5}, "words and ratio"),
        ({"n_sentences": 2, "words": 40, "ratio": 0.5}, "n_sentences, words and ratio"),
    ],
)
def test_summarize_refuses_two_lengths_like_the_cli(lengths: dict[str, Any], named: str) -> None:
    # the CLI refuses --sentences with --words; the API silently let words win
    with pytest.raises(
        ValueError,
        match=rf"^factkit\.summarize\(\): give only one of n_sentences, words, ratio "
        rf"\(got {named}\)$",
    ):
        factkit.summarize("The mayor spoke. He left.", **lengths)


def test_verify_refuses_a_summary_past_max_chars() -> None:
    cfg = factkit.load_config(None, ["ingest.max_chars=100"])
    with pytest.raises(InputError, match=r"^summary_text: 150 characters, more than ingest\.max"):
        factkit.verify("x" * 150, "The mayor spoke.", config=cfg)


def test_the_size_limit_advice_is_the_apis_own() -> None:
    # an API user has no --set: the advice is a call they can make
    cfg = factkit.load_config(None, ["ingest.max_chars=100"])
    with pytest.raises(InputError) as caught:
        factkit.analyze("The mayor spoke. " * 10, cfg)
    advice = str(caught.value).split("raise the limit with ", 1)[1]
    assert "--set" not in advice
    assert advice.startswith("config=factkit.load_config(None, ['ingest.max_chars=N'])")
    assert factkit.load_config(None, ["ingest.max_chars=500"]).ingest.max_chars == 500


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda x, cfg: factkit.analyze(x, cfg), "text_or_article"),
        (lambda x, cfg: factkit.extract_claims(x, cfg), "text_or_article"),
        (lambda x, cfg: factkit.summarize(x, cfg), "text_or_article"),
        (lambda x, cfg: factkit.verify("The mayor spoke.", x, cfg), "source"),
    ],
)
def test_an_article_past_max_chars_names_its_argument(call: Any, argument: str) -> None:
    # it was named "-", the command line's stdin, where the summary is named summary_text
    cfg = factkit.load_config(None, ["ingest.max_chars=100"])
    with pytest.raises(InputError, match=rf"^{argument}: 150 characters, more than ingest\.max"):
        call("The mayor spoke. " * 8 + "x" * 14, cfg)


@pytest.mark.parametrize("bad", [0, -5])
def test_summarize_refuses_a_max_chars_below_one_like_the_cli(bad: int) -> None:
    # the CLI (--max-chars) and the config (summarizer.max_chars) refuse 0; the API returned an
    # empty summary without a word
    with pytest.raises(
        ValueError, match=rf"^factkit\.summarize\(\): max_chars must be >= 1, got {bad}$"
    ):
        factkit.summarize("The mayor spoke on Monday. He left on Tuesday.", max_chars=bad)


@pytest.mark.parametrize(
    ("length", "why"),
    [
        ({"n_sentences": 0}, "n_sentences must be >= 1, got 0"),
        ({"words": -3}, "words must be >= 1, got -3"),
        ({"ratio": float("nan")}, "ratio must be more than 0 and at most 1, got nan"),
        ({"ratio": float("inf")}, "ratio must be more than 0 and at most 1, got inf"),
        ({"ratio": 0.0}, "ratio must be more than 0 and at most 1, got 0.0"),
    ],
)
def test_summarize_names_itself_and_the_argument_of_a_bad_length(
    length: dict[str, float], why: str
) -> None:
    # the summarizer's own "ratio must be in (0, 1], got nan" named no function
    with pytest.raises(ValueError, match=rf"^factkit\.summarize\(\): {re.escape(why)}$"):
        factkit.summarize("The mayor spoke on Monday. He left on Tuesday.", **length)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "named", "what"),
    [
        # a notebook user writes the date as text: it failed deep in the annotate stage
        # ("'str' object has no attribute 'weekday'")
        ({"date": "2021-08-10"}, "date", r"a datetime\.date or None, not str"),
        # a datetime is a date to isinstance, and "Tuesday" resolved to "2021-08-10T05:00:00",
        # which is no date of the JSON contract
        ({"date": dt.datetime(2021, 8, 10, 5)}, "date", r"a datetime\.date or None, not datetime"),
        ({"text": None}, "text", "a str, not NoneType"),
        ({"text": b"Police said 5 died."}, "text", "a str, not bytes"),
        ({"id": 5}, "id", "a str, not int"),
        ({"title": ["A", "B"]}, "title", "a str or None, not list"),
        ({"language": "english"}, "language", r"an ISO 639-1 code \('en'\), 'und' or None"),
    ],
)
def test_a_hand_built_article_with_a_wrong_field_names_the_field(
    fields: dict[str, Any], named: str, what: str
) -> None:
    article = factkit.Article(**{"text": "On Tuesday, 5 people died, police said.", **fields})
    for call in (
        lambda: factkit.analyze(article),
        lambda: factkit.verify("Five people died.", article),
    ):
        with pytest.raises((TypeError, ValueError), match=rf"\(\): \w+\.{named} must be {what}"):
            call()


def test_a_hand_built_articles_control_characters_are_shown_or_escaped_never_raw() -> None:
    # decided as for a text file's Markdown or front-matter title (which read_article gives the
    # API, so analyze cannot refuse it): shown in the Markdown, HTML and CSV, escaped in the
    # JSON, which loads back the title as given
    title, section = "Storm \x1b[2J hits\x9b", "News\x7f"
    article = factkit.Article(
        text="Police said 5 people died on Tuesday.", title=title, section=section
    )
    report = factkit.analyze(article)
    for fmt in ("markdown", "html", "csv", "json"):
        assert CONTROL_CHARACTER.search(render_report(report, fmt)) is None, fmt
    assert "Storm \u241b\\[2J hits\ufffd" in render_report(report, "markdown")
    assert "Storm \u241b[2J hits\ufffd" in render_report(report, "html")
    document = json.loads(render_report(report, "json"))["document"]
    assert (document["title"], document["section"]) == (title, section)


def test_a_hand_built_article_with_a_date_resolves_its_times() -> None:
    article = factkit.Article(text="On Tuesday, 5 people died.", date=dt.date(2021, 8, 12))
    assert [t.resolved for t in factkit.analyze(article).times] == ["2021-08-10"]


def test_a_hand_built_article_with_an_unpaired_surrogate_is_a_value_error() -> None:
    article = factkit.Article(text="Bad \udc00 text said 5 people.")
    with pytest.raises(ValueError, match=r"analyze\(\): text_or_article\.text: an unpaired"):
        factkit.analyze(article)


def test_read_article_reads_a_file_as_the_command_line_does(tmp_path: Path) -> None:
    # the API took only text: an HTML page read with open().read() went through with its tags,
    # scripts and menus as article text
    page = tmp_path / "storm.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Storm hits coast</title>"
        "<script>var x = 'Officials said 99 died';</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        "<p>A storm hit the coast on Monday, officials said, and cut power to 5,000&nbsp;homes "
        "across the county while crews worked through the night to clear the roads.</p>"
        "<p>Schools will stay shut until Friday, the mayor told reporters at the town hall.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    for path in (page, str(page)):
        article = factkit.read_article(path)
        assert isinstance(article, factkit.Article) and article.title == "Storm hits coast"
        assert article.text.startswith("A storm hit the coast") and "<" not in article.text
        assert "99" not in article.text and "Home" not in article.text
    report = factkit.analyze(article)
    assert [q.value for c in report.claims for q in c.quantities] == [5000]
    dated = tmp_path / "dated.txt"
    dated.write_text(" date 2021-08-10 Fast News\nThe mayor spoke.", encoding="utf-8")
    assert factkit.read_article(dated).date == dt.date(2021, 8, 10)
    no_meta = factkit.load_config(None, ["ingest.metadata_line=false"])
    assert factkit.read_article(dated, config=no_meta).date is None
    with pytest.raises(InputError, match="no such file"):
        factkit.read_article(tmp_path / "absent.txt")
    with pytest.raises(TypeError, match=r"^factkit\.read_article\(\): path must be"):
        factkit.read_article(None)  # type: ignore[arg-type]


def test_results_are_written_as_the_readme_says(seed_text: str) -> None:
    import json

    from factkit.render import render_report

    report = factkit.analyze(seed_text)
    summary = factkit.summarize(seed_text, n_sentences=2)
    checked = factkit.verify(summary.text, seed_text)
    for result in (report.article, report.sentences[0], report.claims[0], summary, checked):
        assert json.loads(json.dumps(result.to_dict())) == result.to_dict()
    written = json.loads(render_report(report, "json"))
    assert written["claims"] == [c.to_dict() for c in report.claims]
    assert written["document"] == report.article.to_dict()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # a dict failed in os.fspath ("expected str, bytes or os.PathLike object, not dict")
        (({"summarizer": {"sentences": 2}},), r"path must be a YAML path or None, not dict"),
        # one override as a str was read a character at a time ("--set s: expected KEY=VALUE")
        ((None, "summarizer.sentences=2"), r"overrides must be a list of 'key=value' str"),
        (
            (None, ["summarizer.sentences=2", 3]),
            r"overrides\[1\] must be a 'key=value' str, not int",
        ),
    ],
)
def test_load_config_names_a_wrong_argument(args: tuple[Any, ...], message: str) -> None:
    with pytest.raises(TypeError, match=rf"^factkit\.load_config\(\): {message}"):
        factkit.load_config(*args)


def test_batch_prints_nothing_as_the_readme_says(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # "The API prints nothing", but factkit.batch wrote the command line's summary line
    # ("factkit batch: 1 done, 0 failed, ...") on stderr; progress=True still asks for it
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 12 homes burned on Monday.\n", encoding="utf-8")
    claims_only = Path(__file__).resolve().parent.parent / "configs" / "claims-only.yaml"
    result = factkit.batch([str(article)], tmp_path / "out.jsonl", claims_only, engine="serial")
    assert result.done == 1 and capfd.readouterr() == ("", "")
    factkit.batch(
        [str(article)], tmp_path / "o2.jsonl", claims_only, engine="serial", progress=True
    )
    assert "factkit batch: 1 done" in capfd.readouterr().err


@pytest.mark.parametrize(
    ("output", "options", "message"),
    [
        # factkit.batch(..., "out.pdf") wrote JSON lines into out.pdf; the command line refused it
        # (the refusal named the command line's "factkit batch", not the function called)
        ("out.pdf", {}, r"^output .*out\.pdf: factkit\.batch\(\) does not write \.pdf files"),
        (
            "out.jsonl",
            {"errors": "errors.csv"},
            r"^errors .*errors\.csv: factkit\.batch\(\) does not write csv .* give another errors$",
        ),
        # errors named the command line's options, which an API caller never wrote
        ("-", {}, r"^output: batch output must be a file"),
        ("out.jsonl", {"engine": "spark"}, r"^engine: expected one of local, dask, serial"),
        ("out.jsonl", {"scheduler": "tcp://x:1", "engine": "local"}, r"needs engine dask$"),
    ],
)
def test_batch_refuses_a_bad_argument_by_its_name(
    tmp_path: Path, output: str, options: dict[str, Any], message: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 12 homes burned on Monday.\n", encoding="utf-8")
    if "errors" in options:
        options["errors"] = tmp_path / options["errors"]
    target = output if output == "-" else tmp_path / output
    with pytest.raises(factkit.FactkitError, match=message) as caught:
        factkit.batch([str(article)], target, **options)
    assert not re.search(r"(^| )(-o|--[a-z-]+)\b", str(caught.value))
    assert "factkit batch" not in str(caught.value)
    assert not (tmp_path / output).exists()


def test_the_readmes_render_call_works_after_a_bare_import() -> None:
    # the README writes a report with factkit.render.render_report(...) after `import factkit`:
    # that was an AttributeError unless another import had loaded factkit.render (a new process,
    # as a user's script is)
    import os
    import subprocess
    import sys

    script = (
        "import factkit\n"
        "report = factkit.analyze('The mayor said 12 people died on Monday.',"
        " config=factkit.Config.model_validate({'summarizer': {'enabled': False}}))\n"
        "print(factkit.render.render_report(report, 'csv').splitlines()[0])\n"
    )
    root = Path(__file__).resolve().parents[1]  # this checkout, not an installed factkit
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("id,sentence_index,start,end")


def test_render_report_names_its_argument_for_a_bad_format() -> None:
    from factkit.render import render_report

    report = factkit.analyze(
        "The mayor said 12 people died on Monday.",
        config=factkit.Config.model_validate({"summarizer": {"enabled": False}}),
    )
    # it said "--format: unknown format 'pdf'" to a caller who gave no option
    with pytest.raises(ValueError, match=r"^render_report\(\): fmt: unknown format 'pdf' \(choose"):
        render_report(report, "pdf")
    with pytest.raises(TypeError, match=r"^render_report\(\): fmt must be a str, not NoneType"):
        render_report(report, None)  # type: ignore[arg-type]

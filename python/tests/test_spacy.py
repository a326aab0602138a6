"""The spaCy component (skipped, with a message, where spaCy is not installed)."""

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is not installed: the spaCy component tests are skipped")

TEXT = "Syrian air strikes killed at least 70 civilians in Aleppo on Monday, and 12 people were wounded."


def blank(**config):
    nlp = spacy.blank("en")
    nlp.add_pipe("tageval", config=config)
    return nlp


def test_add_pipe_finds_the_component_through_its_entry_point():
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('tageval', config={'dct': '2015-06-02'}); "
        f"doc = nlp({TEXT!r}); print([s.text for s in doc.spans['tageval_casualties']])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['at least 70 civilians', '12 people']"


def test_span_groups_carry_labels_and_values():
    doc = blank(dct="2015-06-02")(TEXT)
    casualties = doc.spans["tageval_casualties"]
    assert [(s.text, s.label_, s._.tageval_value) for s in casualties] == [
        ("at least 70 civilians", "CASUALTY", "killed:>=70"),
        ("12 people", "CASUALTY", "injured:12"),
    ]
    assert [(s.text, s.label_, s._.tageval_value) for s in doc.spans["tageval_dates"]] == [("Monday", "DATE", "2015-06-01")]
    assert "tageval_entities" not in doc.spans and not doc.ents


def test_the_doc_dct_wins_over_the_config():
    nlp = blank(dct="2015-06-02")
    doc = nlp.make_doc(TEXT)
    doc._.dct = "2016-01-07"
    doc = nlp(doc)
    assert [s._.tageval_value for s in doc.spans["tageval_dates"]] == ["2016-01-04"]


def test_ents_are_set_when_asked():
    nlp = blank(layers=["entities", "dates", "casualties"], set_ents=True, ents_layers=["entities", "casualties"], dct="2015-06-02")
    doc = nlp(TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [("Syrian", "MISC"), ("at least 70 civilians", "CASUALTY"), ("Aleppo", "LOC"), ("12 people", "CASUALTY")]
    assert [s.text for s in doc.spans["tageval_entities"]] == ["Syrian", "Aleppo"]
    with pytest.raises(ValueError, match="ents_layers"):
        blank(layers=["dates"], set_ents=True, ents_layers=["entities"])


def test_pipe_equals_one_doc_at_a_time():
    nlp = blank(dct="2015-06-02")
    texts = [TEXT, "Nothing happened.", "Three soldiers were killed on June 1."] * 3
    def figures(doc):
        return [(s.start_char, s.end_char, s.label_, s._.tageval_value) for s in doc.spans["tageval_casualties"]]

    piped = [figures(doc) for doc in nlp.pipe(texts, batch_size=4)]
    single = [figures(nlp(text)) for text in texts]
    assert piped == single and piped[2]


def test_a_saved_pipeline_loads_with_its_config(tmp_path):
    blank(dct="2015-06-02", layers=["casualties"]).to_disk(tmp_path / "nlp")
    nlp = spacy.load(tmp_path / "nlp")
    doc = nlp(TEXT)
    assert [s.text for s in doc.spans["tageval_casualties"]] == ["at least 70 civilians", "12 people"]
    assert "tageval_dates" not in doc.spans

"""The house's one-way import rule (DESIGN.md): arabic <- clitics <- dates <- data <- analyses <-
plots <- run.

A module may import project modules from lower layers only, so the analyses never plot and
plotting never reaches back into the statistics. The rule is read from the source, so a new
import that breaks it fails here.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

LAYERS: list[set[str]] = [
    {"arabic", "checks", "encodings", "cache", "progress"},
    {"clitics"},  # what is written onto a word: the one home of clitic rules and the stem
    {"dates", "analyzer"},
    {"plain_text", "columns"},
    {"readers", "cleaning"},
    {"discovery"},
    {"corpus", "cues"},
    {"scale_corpus"},
    {"comma_clauses"},  # which clauses opened by a comma continue the clause before
    {"militia_patrons"},  # the patron a militia label names (stance_clauses, pronoun_owners)
    {
        "actors",
        "speech_parts",
        "stance_clauses",
        "stance_lexicon",
        "stance_model",
        "snapshot",
        "stance_store",
    },
    {"verb_gender"},  # a state after a masculine verb is its object (evaluator_subjects)
    # where the subject after a verb of evaluation ends; the holder a speaker phrase names; the
    # gender of a continuing verb and of the speaker it carries over; readings of تدخل
    {
        "evaluator_subjects",
        "holder_phrases",
        "speaker_gender",
        "stance_interventions",
    },
    {
        "stance_acts",
        "stance_relatives",  # what a relative clause says its antecedent is (stance_doers)
        "quote_marks",
        "cue_guards",
        "clause_subjects",
        "verb_subjects",
        "stance_hits",
        "stance_redress",
        "proxy_masters",  # the master a proxy's naming judges (stance_chains)
        "stance_senses",
        "stance_owner_chains",
        "stance_shares",
        "stance_speakers",
        "pronoun_owners",
        "judging_subjects",  # the nearest actor before as the judge of the word (stance_doers)
        "verb_objects",  # what a verb takes right after it, its subject before (stance_targets)
        "other_parties",  # a non-state mention or a named party nearer the word (stance_doers)
        "threat_acts",  # who makes a threat: the subject after its verb (stance_chains, doers)
        "foilers",  # who foils a hostile act, no doer of it (stance_roles)
    },
    # demands and obligations to stop; a verb's addressees; the doer of a judged deed; the
    # issuer of a statement or document a verb speaks in (reads cue_guards, verb_subjects);
    # what a verb of describing describes, a deed named after its evaluation (stance_chains)
    {
        "stance_demands",
        "stance_fallback",
        "statement_issuers",
        "described_things",
        "deed_instances",
        "endangering_things",  # a thing that threatens an actor endangers it (stance_chains)
    },
    {"stance_anger"},  # the cause of stirred anger: a subject, or the clause before it
    {
        "stance_roles",
        "speech_sources",
        "stance_chains",
        "stance_syntax",
        "stance_agency",
    },  # read by stance_rules
    # the subject of an earlier clause as a word's doer (stance_doers); the subject of a ما clause
    {"earlier_subjects", "what_clauses"},
    # countering; views; who did it; a verb's object past a long subject; support given,
    # charged or declared, its giver, and defending (reads stance_syntax's objects)
    {"stance_modifiers", "speech_acts", "stance_doers", "stance_objects", "stance_support"},
    {"stance_targets"},  # which actor a hit is about, by role
    {"attribution", "stance_rules", "keyness", "kwic_view", "selection", "concordance"},
    {"count_store"},  # per-outlet entries (stance_store's outlet groups)
    {"stance_owners"},  # stances held by the owner named with them (feelings, adjectives)
    # whose voice each stance hit is in; home politics; the doer in the outlet's narration; the
    # actor a passive verb of considering is read of; a charge in a denial's that-clause
    {"stance_voices", "stance_home", "narrated_doers", "considered_actors", "denied_charges"},
    # the speaker's own side: its account of itself is no stance; the outlet's own correspondent;
    # the describer before the thing a verb of describing describes
    {"stance_own_side", "own_reporters", "describers"},
    {"frequency", "stance", "document_terms"},
    {"topic_models", "clusters", "article_maps"},
    {"topic_checks"},
    {"topics"},
    {"scale_topics"},
    {"scale"},
    {"analysis"},  # which path: in memory or on a cluster
    {"holders"},  # which holder phrases name one holder (read by stance_views)
    {"fonts", "display", "settings", "stance_views", "colours"},
    {"shaping"},
    {"rtl_layout"},
    {"topic_charts"},
    {"plotting", "interactive"},
    {"term_explorer"},  # built on interactive's page and panels
    {
        "preflight",
        "report_folder",
        "run_progress",
        "notebook_parameters",
        "run_pool",
        "page_sections",
        "kernel_state",
    },
    {"notebook_kernel"},  # one notebook's kernel (registered with run_pool's KERNELS)
    {"run"},
    {"__main__", "lab"},
]
LAYER_OF = {name: level for level, names in enumerate(LAYERS) for name in names}
HELPERS = Path(__file__).resolve().parents[1] / "helpers"


def _project_imports(path: Path) -> set[str]:
    """Names of the ``helpers`` modules that ``path`` imports anywhere in its code."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("helpers."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("helpers.")}
    return found - {"data"}


def test_every_module_has_a_layer() -> None:
    modules = {p.stem for p in HELPERS.glob("*.py")} - {"__init__"}
    assert modules <= set(LAYER_OF), f"add to LAYERS: {sorted(modules - set(LAYER_OF))}"


@pytest.mark.parametrize("module", sorted(LAYER_OF))
def test_imports_flow_one_way(module: str) -> None:
    path = HELPERS / f"{module}.py"
    if not path.exists():
        pytest.skip(f"helpers/{module}.py does not exist")
    upward = {m for m in _project_imports(path) if LAYER_OF.get(m, 99) >= LAYER_OF[module]}
    assert not upward, f"helpers/{module}.py imports from its own or a higher layer: {upward}"


@pytest.mark.parametrize("module", sorted(set(LAYER_OF) - {"__main__"}))
def test_public_names_are_declared(module: str) -> None:
    if not (HELPERS / f"{module}.py").exists():
        pytest.skip(f"helpers/{module}.py does not exist")
    imported = importlib.import_module(f"helpers.{module}")
    assert hasattr(imported, "__all__"), f"helpers/{module}.py declares no __all__"
    undefined = [name for name in imported.__all__ if not hasattr(imported, name)]
    assert not undefined, f"helpers/{module}.py lists undefined names in __all__: {undefined}"


# Helper modules tested in another module's tests (DESIGN.md lists them too).
TESTED_ELSEWHERE = {
    "notebook_parameters": "test_run",  # parameters read and injected, through the runner
    "analyzer": "test_arabic",  # the Analyzer beside the text layer it composes
    "shaping": "test_plotting",  # OCR of rendered text, also under matplotlib 3.10
    "colours": "test_interactive",  # one cell's pixels in the static and interactive grids
    "rtl_layout": "test_plotting",
    "topic_charts": "test_plotting",
    "encodings": "test_readers",  # through read_file: gzip damage, encodings, binary data
    "plain_text": "test_readers",  # headline layout; the seed layout in test_corpus
    "columns": "test_corpus",  # aliases and explicit mappings
    "discovery": "test_readers",  # FIFOs, symlink trees and loops, dangling links
    "cues": "test_attribution",  # speech cues, news agencies, function words
    "speech_parts": "test_attribution",  # through find_quotes
    "evaluator_subjects": "test_holders_news",  # through find_quotes and stance_sentences
    "speech_sources": "test_attribution",  # sources, relays, inherited speakers
    "speaker_gender": "test_speaker_carry",  # speakers carried over to a later sentence
    "quote_marks": "test_attribution",  # nested and unclosed quotations, through find_quotes
    "stance_clauses": "test_stance_roles",  # sentence by sentence, through stance_sentences
    "comma_clauses": "test_stance_appositions",  # titles and insertions set off by commas
    "what_clauses": "test_stance_quoted_content",  # the deed a ما clause names
    "described_things": "test_stance_described_deeds",  # a deed a speaker describes
    "deed_instances": "test_stance_described_deeds",  # a deed named after its evaluation
    "stance_rules": "test_stance_roles",
    "stance_targets": "test_stance_roles",  # the rule each hit names
    "stance_hits": "test_stance_roles",  # the hits each rule attaches
    "stance_chains": "test_stance_roles",
    "stance_demands": "test_stance_roles",  # demands to stop, sentence by sentence
    "stance_owner_chains": "test_stance_recall",  # rejecting, sponsoring
    "stance_modifiers": "test_stance_roles",
    "stance_syntax": "test_stance_roles",
    "stance_senses": "test_stance_precision",  # words of two senses, sentence by sentence
    "stance_interventions": "test_stance_precision",  # and test_stance_background_intervention
    "stance_home": "test_stance_not_the_state",  # a leader on his own state's bodies
    "narrated_doers": "test_stance_precision",  # the outlet's own doers, sentence by sentence
    "stance_redress": "test_stance_precision",  # retaliation, redress and harm
    "stance_support": "test_stance_favor",  # support given or declared, defending
    "verb_gender": "test_stance_favor_deeds",  # a country after a masculine verb
    "verb_objects": "test_stance_favor_deeds",  # things in construct, states after the verb
    "judging_subjects": "test_stance_doers",  # the judge is not the judged, sentence by sentence
    "stance_speakers": "test_stance_classifiers",  # who classifies speaks, sentence by sentence
    "concordance": "test_frequency",  # kwic and collocations through helpers.frequency
    "count_store": "test_frequency",  # through term_counts(cache_dir=...)
    "__main__": "test_run",
    "run_pool": "test_run",  # two notebooks at a time, and their stop, through the runner
    "notebook_kernel": "test_run",  # kernels started and warmed during the load, failures
    "kernel_state": "test_run",  # a kept kernel's reset: each page sees a fresh kernel's state
    "scale_corpus": "test_scale",  # through helpers.scale, against the in-memory path
    "scale_topics": "test_scale",
}


@pytest.mark.parametrize("module", sorted(LAYER_OF))
def test_every_module_has_its_tests(module: str) -> None:
    tests = HELPERS.parent / "tests"
    if not (HELPERS / f"{module}.py").exists():
        pytest.skip(f"helpers/{module}.py does not exist")
    own, elsewhere = tests / f"test_{module}.py", TESTED_ELSEWHERE.get(module)
    assert own.exists() or (elsewhere and (tests / f"{elsewhere}.py").exists()), (
        f"add tests/test_{module}.py (or say in TESTED_ELSEWHERE and DESIGN.md where it is tested)"
    )

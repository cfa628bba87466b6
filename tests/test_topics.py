"""Tests for helpers.topics, the one import for notebooks: every name is its home module's.

The topic modules are tested one by one (``test_document_terms``, ``test_topic_models``,
``test_clusters``, ``test_topic_checks``, ``test_article_maps``); this checks the front door
that notebooks, benchmarks and other helpers use.
"""

from __future__ import annotations

import ast
import importlib

import nbformat
import pytest

from helpers import topics

HOMES = {
    "vectorize": "document_terms",
    "article_texts": "document_terms",
    "DocumentTerms": "document_terms",
    "clear_cache": "document_terms",
    "single_thread": "document_terms",
    "fit_topics": "topic_models",
    "TopicModel": "topic_models",
    "npmi_coherence": "topic_models",
    "topic_prevalence": "topic_models",
    "PERIODS": "topic_models",
    "MISSING_GROUP": "topic_models",
    "NMF_MAX_ITER": "topic_models",
    "cluster_articles": "clusters",
    "describe_clusters": "clusters",
    "coherence_by_k": "topic_checks",
    "cluster_stability": "topic_checks",
    "ClusterStability": "topic_checks",
    "article_map": "article_maps",
}


def test_every_public_name_is_the_one_its_home_module_defines():
    assert set(topics.__all__) == set(HOMES)
    for name, home in HOMES.items():
        module = importlib.import_module(f"helpers.{home}")
        assert name in module.__all__
        assert getattr(topics, name) is getattr(module, name), name


@pytest.mark.parametrize("notebook", ["03_topics.ipynb", "04_compare.ipynb"])
def test_the_notebooks_import_only_names_the_front_door_has(repo_root, notebook):
    cells = nbformat.read(repo_root / "notebooks" / notebook, as_version=4).cells
    imported = {
        alias.name
        for cell in cells
        if cell.cell_type == "code"
        for node in ast.walk(ast.parse(cell.source))
        if isinstance(node, ast.ImportFrom) and node.module == "helpers.topics"
        for alias in node.names
    }
    assert imported and imported <= set(topics.__all__)

"""Fact-checker tools: pasted-quote normalization, misquote matching, quote clusters, timelines
("who said it first"), speaker aliases and verifiable citations.

Everything here works on an index through :class:`searchidx.Index` (``trace``, ``timeline``,
``clusters``, ``speakers``, ``citations``, ``verify``); see docs/factcheck.md.
"""
from .citations import Problem, VerifyReport, cite_hit, cite_quote, verify
from .clusters import Cluster, cluster_quotes
from .normalize import content_words, fold, norm_words, words
from .similarity import Similarity, WordDiff, similarity, word_diff
from .speakers import (AliasEntry, AliasFileError, Speaker, SpeakerResolver, find_alias_file,
                       load_aliases, name_key, strip_name)
from .tracing import Attribution, Match, Timeline, timeline, timeline_of, trace

__all__ = [
    "Problem", "VerifyReport", "cite_hit", "cite_quote", "verify", "Cluster", "cluster_quotes",
    "content_words", "fold", "norm_words", "words", "Similarity", "WordDiff", "similarity",
    "word_diff", "AliasEntry", "AliasFileError", "Speaker", "SpeakerResolver", "find_alias_file",
    "load_aliases", "name_key", "strip_name", "Attribution", "Match", "Timeline", "timeline",
    "timeline_of", "trace",
]

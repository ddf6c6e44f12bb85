"""Reads repeat while a node leaves the cluster, and only then (no cluster needed)."""
from __future__ import annotations

import pytest

opensearchpy = pytest.importorskip("opensearchpy")
from opensearchpy.exceptions import ConnectionError as ConnError, RequestError, TransportError  # noqa: E402

from searchidx.engine import opensearch_engine  # noqa: E402
from searchidx.engine.opensearch_engine import retry_read, transient  # noqa: E402

NODE_GONE = TransportError(500, "search_phase_execution_exception", {"error": {
    "root_cause": [], "type": "search_phase_execution_exception",
    "caused_by": {"type": "node_not_connected_exception", "reason": "[node3][127.0.0.1:9302] Node not connected"}}})


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch):
    monkeypatch.setattr(opensearch_engine.time, "sleep", lambda s: None)


def failing(errors, result="ok"):
    calls = []

    def call(**kwargs):
        calls.append(kwargs)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        return result
    return call, calls


def test_a_node_going_away_mid_search_is_retried_until_it_succeeds():
    call, calls = failing([NODE_GONE, ConnError("N/A", "refused", None),
                           TransportError(503, "search_phase_execution_exception", {})])
    assert retry_read(call, index="news") == "ok"
    assert len(calls) == 4 and calls[-1] == {"index": "news"}


@pytest.mark.parametrize("error", [
    RequestError(400, "parsing_exception", {"error": {"type": "parsing_exception"}}),
    TransportError(500, "illegal_state_exception", {"error": {"type": "illegal_state_exception"}}),
    ValueError("not a cluster error"),
])
def test_bad_queries_and_other_errors_fail_at_once(error):
    call, calls = failing([error])
    with pytest.raises(type(error)):
        retry_read(call)
    assert len(calls) == 1 and not transient(error)


def test_a_cluster_that_stays_broken_fails_after_the_last_retry():
    call, calls = failing([NODE_GONE] * 50)
    with pytest.raises(TransportError):
        retry_read(call)
    assert len(calls) == opensearch_engine.READ_RETRIES

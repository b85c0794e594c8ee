"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a graph file or an Oxigraph store.

    with Endpoint("exports/graph.ttl", port=0) as endpoint:   # port 0: any free port
        print(endpoint.url)                                   # http://127.0.0.1:PORT/query

Four rooms: `guard` decides what a request may ask and how long and how much a client may take;
`front` is the HTTP layer; `process` runs each query in a worker process of its own (`worker`), killed
at the timeout; `endpoint` starts and stops them together.
"""
from __future__ import annotations

from kg.rdf.service import query_form, service_refusal
from kg.serve.endpoint import DEFAULT_HOST, DEFAULT_PORT, Endpoint
from kg.serve.guard import GRAPH_FORMATS, RESULT_FORMATS, Limits, is_loopback, negotiate
from kg.serve.process import EndpointError, free_port, stop_process

__all__ = [
    "DEFAULT_HOST", "DEFAULT_PORT", "GRAPH_FORMATS", "RESULT_FORMATS", "Endpoint", "EndpointError", "Limits",
    "free_port", "is_loopback", "negotiate", "query_form", "service_refusal", "stop_process",
]

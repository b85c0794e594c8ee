"""Moved to kg.records (a module named `types` shadows the standard library's for mypy).

Kept only until kg/extract/meetings.py and kg/ingest/ import kg.records; then this file goes."""
from kg.records import *  # noqa: F403
from kg.records import Article, ArticleFacts, Entity, Evidence, Kind, Meeting, Mention, Nationality, Quote, Role, Status, TimeValue  # noqa: F401

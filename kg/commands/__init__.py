"""Subcommands of `kg` beyond build and eval: each module has `add_parser(subparsers)` and `run(args) -> int`."""
from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module

COMMANDS = ("export", "push", "query", "serve", "validate", "viz")
"""Module names under kg.commands, registered in this order."""


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add every command's parser; each sets `run` as its default so kg.cli can dispatch."""
    for name in COMMANDS:
        module = import_module(f"kg.commands.{name}")
        parser = module.add_parser(subparsers)
        parser.set_defaults(run=module.run)


def write_stdout(data: bytes) -> None:
    """Write bytes to standard output; a reader that went away (`| head`) is not an error."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again

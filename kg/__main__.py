"""`python -m kg ...` runs the same command line as the `kg` script (useful where the venv's scripts are not on PATH)."""
import sys

from kg.cli import main

sys.exit(main())

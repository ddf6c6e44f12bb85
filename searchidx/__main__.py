"""``python -m searchidx …`` runs the command line."""
from searchidx.cli import main

main()

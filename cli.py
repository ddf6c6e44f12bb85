#!/usr/bin/env python3
"""Run the searchidx command line from a checkout: ``python cli.py search "Al-Qaida"``."""
from searchidx.cli import main

if __name__ == "__main__":
    main()

"""Headless subcommands, one module each (see civannot/cli.py)."""

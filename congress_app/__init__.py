"""Congress Desk: runs Chinese university workers' congresses by the Dalian norms of 2024."""

__version__ = "0.1.0"

"""The 代表选举 page: unit elections (candidates, rounds, counting, results) and the
credentials review. The page class is in ``page.py`` (this package imports nothing, so
the table models may use its texts without a cycle)."""

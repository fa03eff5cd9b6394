"""GUI tests of the 代表选举 page."""

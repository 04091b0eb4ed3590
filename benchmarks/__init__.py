"""Benchmarks run by hand; ``scoring`` holds their pure scoring functions."""

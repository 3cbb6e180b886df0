"""Benchmarks (run with: python -m pytest benchmarks); not part of the test suite."""

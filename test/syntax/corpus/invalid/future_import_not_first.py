"""Module docstring."""
import sys
from __future__ import annotations


def f(x: int) -> int:
    return x

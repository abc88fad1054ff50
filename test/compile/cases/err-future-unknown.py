"""doc"""
from __future__ import annotations, nested_scopes, spam

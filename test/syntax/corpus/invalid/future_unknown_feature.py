from __future__ import generators, pattern_matching

import functools
import re


@functools.total_ordering
class Version:
    _rx = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(a|b|rc)(\d+))?$")
    _pre_rank = {"a": 0, "b": 1, "rc": 2, None: 3}

    def __init__(self, text: str):
        m = self._rx.match(text)
        if m is None:
            raise ValueError(f"invalid version {text!r}")
        major, minor, micro, pre, pre_n = m.groups()
        self.release = (int(major), int(minor or 0), int(micro or 0))
        self.pre = (self._pre_rank[pre], int(pre_n or 0))
        self.text = text

    def _key(self):
        return self.release, self.pre

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Version({self.text!r})"


vs = [Version(v) for v in ["3.14.0", "3.14.0rc2", "3.13", "3.14.0a7", "3.14.0b1", "3.9.18", "3.14"]]
print(sorted(vs), Version("3.14") == Version("3.14.0"), Version("3.13") >= Version("3.9"), max(vs))

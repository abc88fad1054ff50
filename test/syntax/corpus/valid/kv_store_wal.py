import json
import os
import tempfile
from typing import Any


class KVStore:
    """A tiny key-value store with a write-ahead log and compaction."""

    def __init__(self, directory: str) -> None:
        self.path = os.path.join(directory, "data.log")
        self.data: dict[str, Any] = {}
        self._ops = 0
        if os.path.exists(self.path):
            self._replay()
        self._log = open(self.path, "a", encoding="utf-8")

    def _replay(self) -> None:
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                match json.loads(line):
                    case {"op": "set", "k": k, "v": v}:
                        self.data[k] = v
                    case {"op": "del", "k": k}:
                        self.data.pop(k, None)
                self._ops += 1

    def _append(self, record: dict) -> None:
        self._log.write(json.dumps(record, separators=(",", ":")) + "\n")
        self._log.flush()
        self._ops += 1
        if self._ops > 4 * max(1, len(self.data)):
            self.compact()

    def __setitem__(self, k: str, v: Any) -> None:
        self.data[k] = v
        self._append({"op": "set", "k": k, "v": v})

    def __delitem__(self, k: str) -> None:
        del self.data[k]
        self._append({"op": "del", "k": k})

    def compact(self) -> None:
        self._log.close()
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            for k, v in self.data.items():
                f.write(json.dumps({"op": "set", "k": k, "v": v}) + "\n")
        os.replace(tmp, self.path)
        self._log = open(self.path, "a", encoding="utf-8")
        self._ops = len(self.data)

    def close(self) -> None:
        self._log.close()


with tempfile.TemporaryDirectory() as d:
    db = KVStore(d)
    for i in range(10):
        db["counter"] = i
    db["name"] = "weakscope"
    del db["counter"]
    db.close()
    again = KVStore(d)
    print(again.data, sum(1 for _ in open(again.path)))
    again.close()

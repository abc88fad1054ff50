import gzip
import re
from collections import Counter
from itertools import islice

LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<when>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+)[^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')


def open_any(path):
    return gzip.open(path, "rt") if path.endswith(".gz") else open(path)


def read_lines(paths):
    for p in paths:
        with open_any(p) as fh:
            yield from fh


def parse(lines):
    for line in lines:
        if m := LINE.match(line):
            rec = m.groupdict()
            rec["status"] = int(rec["status"])
            rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
            yield rec


def errors_only(records, *, threshold=500):
    return (r for r in records if r["status"] >= threshold)


def top(records, field, n=5):
    return Counter(r[field] for r in records).most_common(n)


def sample():
    yield '1.2.3.4 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326'
    yield '5.6.7.8 - - [10/Oct/2024:13:55:37 +0000] "POST /api HTTP/1.1" 502 -'
    yield 'garbage line'
    yield '5.6.7.8 - - [10/Oct/2024:13:55:38 +0000] "GET /api HTTP/1.1" 503 12'


print(top(errors_only(parse(sample())), "ip"))
print(list(islice(parse(sample()), 1)))

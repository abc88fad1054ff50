import csv
import io
import statistics
from collections import defaultdict
from operator import itemgetter

RAW = """region,product,units,unit_price
north,widget,12,2.50
south,widget,7,2.50
north,gadget,3,19.99
east,widget,20,2.40
south,gizmo,1,99.00
east,gadget,5,18.50
"""


def load(text):
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        row["units"] = int(row["units"])
        row["unit_price"] = float(row["unit_price"])
        row["revenue"] = row["units"] * row["unit_price"]
        yield row


rows = list(load(RAW))
summary: dict[str, float] = {}
summary["units"]: int = sum(r["units"] for r in rows)
summary["revenue"]: float
by_region = defaultdict(list)
for r in rows:
    by_region[r["region"]].append(r["revenue"])

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "orders", "revenue", "mean"])
for region, revs in sorted(by_region.items(), key=lambda kv: -sum(kv[1])):
    writer.writerow([region, len(revs), f"{sum(revs):.2f}", f"{statistics.mean(revs):.2f}"])
print(out.getvalue())
best = max(rows, key=itemgetter("revenue"))
print("best line:", best["region"], best["product"], best["revenue"])

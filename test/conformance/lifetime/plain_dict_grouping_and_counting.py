# Grouping records by a field, counting and summing per group with plain dicts.
sales = [("north", "apples", 10), ("south", "pears", 4), ("north", "pears", 7),
         ("east", "apples", 3), ("south", "apples", 8), ("north", "apples", 2)]
by_region = {}
by_item = {}
for region, item, n in sales:
    by_region.setdefault(region, []).append((item, n))
    by_item[item] = by_item.get(item, 0) + n
for region, rows in by_region.items():
    print(region, rows, "total", sum(n for _, n in rows))
print(by_item)
print(max(by_item.items(), key=lambda kv: kv[1]))

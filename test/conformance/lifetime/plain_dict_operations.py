# Everyday dict operations: get, setdefault, update, items, keys, in, comprehension, merge.
ages = {"ana": 31, "bo": 25}
ages["cy"] = 40
print(ages, len(ages))
print(ages.get("dee"), ages.get("dee", 0), ages["bo"])
ages.setdefault("dee", 19)
ages.setdefault("ana", 99)
print(ages)
ages.update({"bo": 26, "eve": 22})
for name, age in ages.items():
    print(f"{name}: {age}")
print(list(ages.keys()), list(ages.values()))
print("cy" in ages, 40 in ages)
older = {k: v for k, v in ages.items() if v > 25}
print(older)
print(ages | {"zed": 1})
del ages["cy"]
print(sorted(ages, key=ages.get))

def check_refs(obj, limit=10):
    count = len(gc_referrers(obj))
    if count > limit
        print(f"{obj!r} has {count} referrers")
    return count

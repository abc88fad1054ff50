# An inventory as a dict of dicts: restocking, selling, low-stock report.
inventory = {
    "apple": {"qty": 10, "price": 0.5},
    "bread": {"qty": 2, "price": 2.25},
    "milk": {"qty": 0, "price": 1.1},
}

def sell(item, n):
    entry = inventory.get(item)
    if entry is None:
        return f"no such item {item!r}"
    if entry["qty"] < n:
        return f"only {entry['qty']} {item} left"
    entry["qty"] -= n
    return f"sold {n} {item} for {n * entry['price']:.2f}"

print(sell("apple", 4))
print(sell("bread", 5))
print(sell("eggs", 1))
inventory["milk"]["qty"] += 6
print(sell("milk", 6))
low = [k for k, v in inventory.items() if v["qty"] < 3]
print("low stock:", low)
print("value:", round(sum(v["qty"] * v["price"] for v in inventory.values()), 2))

# Number formatting in reports: fixed width columns, alignment and thousands separators.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.125), ("Thingamajig", 1, 1234.5)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}")
for name, qty, price in rows:
    print(f"{name:<12.10}{qty:>5d}{price:>10.2f}{qty * price:>12,.2f}")
print(f"{sum(q * p for _, q, p in rows):>39,.2f}")
print("%-12s%5d%10.2f" % rows[0], "{0:>8.3e}|{1:<+8d}|{2:^8.1%}".format(12345.678, 7, 0.256))

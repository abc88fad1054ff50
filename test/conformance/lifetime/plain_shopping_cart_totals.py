# A shopping cart with quantities, discounts and tax, printing a receipt with aligned columns.
cart = [("notebook", 3, 2.49), ("pen", 10, 0.99), ("backpack", 1, 34.5)]
subtotal = 0
for name, qty, price in cart:
    line = qty * price
    subtotal += line
    print(f"{name:<10}{qty:>3} x {price:>6.2f} = {line:>7.2f}")
discount = subtotal * 0.1 if subtotal > 50 else 0
tax = (subtotal - discount) * 0.08
print(f"{'subtotal':<22}{subtotal:>8.2f}")
print(f"{'discount':<22}{-discount:>8.2f}")
print(f"{'tax':<22}{tax:>8.2f}")
print(f"{'total':<22}{subtotal - discount + tax:>8.2f}")

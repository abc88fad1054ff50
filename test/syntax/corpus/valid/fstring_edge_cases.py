import datetime
import math

name = "Zoë"
items = ["apple", "banana", "cherry"]
width, precision = 12, 3
price = 1234.5678
now = datetime.datetime(2024, 2, 29, 13, 37)
data = {"key": "value", 'other': "thing"}

print(f"{name!r} {name!s} {name!a}")
print(f"{price:{width}.{precision}f}|{price:>{width},.2f}|{price:_^{width + 4}}")
print(f"{price = }, {price=:.1f}, {math.pi=!r:.20}")
print(f"{items[0]} {items[-1]!r} {len(items) * 2}")
print(f"{data["key"]} {data['other']} {f"{f"{name}"}"}")
print(f"{', '.join(f'<{x}>' for x in items)}")
print(f"{now:%Y-%m-%d %H:%M} {now:{'%A'}}")
print(f"{'\n'.join(items)}")
print(f"{'tab\there'}" f" and {"\\"!r}")
print(f"{{literal braces}} {{{name}}}")
print(f"{3.0:.{precision}e} {255:#x} {255:08b} {-42:+d} {0.25:%}")
print(f"""
    multi-line for {name}:
    {
        ", ".join(
            sorted(items, key=len)  # comment inside a replacement field
        )
    }
""")
print(f'''{"nested " + f'quotes {name + "!"}'}''')
print(F"upper {name}", Rf"raw \d+ {name}", fR'{name}\n')
print(f"{(lambda x: x * 2)!r:.10}", f"{(lambda: 5)()}")
print(f"{'ü' * 3:🍕^9}")

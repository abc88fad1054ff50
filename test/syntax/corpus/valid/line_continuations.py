import os.path

base_directory = "/var/lib/weakscope"
full_path = os.path.join(base_directory, "sessions", \
                         "2024", "archive")

total = 1 + 2 + 3 + \
        4 + 5 + 6 + \
        7

if total > 10 and \
   full_path.startswith("/var") and \
   not full_path.endswith("/"):
    print("long condition held")

assert total == 28, \
    "arithmetic is broken"

with open(os.devnull) as a, \
     open(os.devnull) as b:
    pass

def compute(x,
            y):
    return x \
        * y

value = compute(3, 4) \
    if total else \
    None

message = "a" \
    "b" \
    'c'
print(full_path, total, value, message)

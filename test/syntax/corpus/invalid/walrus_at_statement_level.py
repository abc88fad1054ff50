import re

m := re.match(r"\d+", "123abc")
print(m)

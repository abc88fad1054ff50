try:
    (1)(2)
except (3)(4):
    (5)(6)
else:
    (7)(8)
finally:
    (9)(10)
try:
    (11)(12)
except* (13)(14):
    (15)(16)
else:
    (17)(18)

with (1)(2) as a, (3)(4):
    pass
for x in (5)(6):
    (7)(8)
else:
    (9)(10)
while (11)(12):
    break

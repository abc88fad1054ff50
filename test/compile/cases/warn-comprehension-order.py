a = [(1)(2) for x in (3)(4) for y in (5)(6) if (7)(8)]
b = {(9)(10): (11)(12) for x in y}
c = ((13)(14) for x in (15)(16) for y in [(17)(18)])
d = [x for x in y for z in [(19)(20)]]

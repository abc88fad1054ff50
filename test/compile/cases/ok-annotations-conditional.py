import sys
if sys.platform:
    a: int = 1
for i in range(2):
    b: str
try:
    c: float
except Exception:
    pass
class K:
    if True:
        d: int
    with ctx:
        e: int
    match x:
        case 1:
            f: int

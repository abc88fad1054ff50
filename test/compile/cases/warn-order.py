x: 1 is 1 = 2 is 2
def f(a: 3 is 3) -> 4 is 4:
    return 5 is 5
class C(6 is 6):
    y: 7 is 7
    z = 8 is 8
w = 9 is 9

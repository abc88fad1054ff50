@(1 is x)
class C(
    2 is x,
    k=3 is x,
):
    a = 4 is x
    b: 5 is x
@(6 is x)
def f[
    T: 7 is x = 8 is x,
](
    a=9 is x,
    *,
    b=10 is x,
) -> 11 is x:
    return 12 is x

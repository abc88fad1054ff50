# Nested try statements: inner handler, inner finally, outer handler, outer finally, in that order.
def run():
    try:
        try:
            print("inner body")
            raise ArithmeticError("math")
        except LookupError:
            print("wrong inner handler")
        finally:
            print("inner finally")
    except ArithmeticError as e:
        print("outer handler:", e)
    else:
        print("outer else")
    finally:
        print("outer finally")

run()

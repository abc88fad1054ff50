# Custom exceptions: str() and repr() of args, subclasses with __init__ and __str__.
class AppError(Exception):
    pass

class CodeError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

print(str(AppError()), repr(AppError()))
print(str(AppError("one")), repr(AppError("one")))
print(str(AppError("a", 2)), repr(AppError("a", 2)))
e = CodeError(404, "not found")
print(str(e), repr(e), e.code)
try:
    raise CodeError(500, "server")
except Exception as x:
    print("caught:", x)

# The builtin exception hierarchy beyond the basics.
names = ["FileNotFoundError", "PermissionError", "TimeoutError", "ConnectionResetError", "UnicodeDecodeError", "IndentationError", "TabError", "NotADirectoryError", "StopAsyncIteration", "SyntaxWarning", "FutureWarning"]
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for n in names:
    cls = b[n]
    print(n, [c.__name__ for c in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError("no such file")
except OSError as e:
    print(type(e).__name__, e)

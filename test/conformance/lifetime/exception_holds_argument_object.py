# An exception instance keeps its arguments alive; they die with the exception.
class Payload:
    def __del__(self):
        print("payload freed")

try:
    raise ValueError(Payload())
except ValueError as e:
    print("args:", type(e.args[0]).__name__)
print("after handler")

# __format__ dispatch: object's default, subclass overrides, and bad return types.
class Plain:
    def __str__(self):
        return "plain"
class Spec:
    def __format__(self, spec):
        return "<" + spec + ">"
class Bad:
    def __format__(self, spec):
        return 42
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
print(format(Spec(), "abc"), f"{Spec():x>3}", "{0:q}".format(Spec()))
for obj, spec in ((Plain(), "10"), (Bad(), "")):
    try:
        format(obj, spec)
    except TypeError as e:
        print("TypeError:", e)

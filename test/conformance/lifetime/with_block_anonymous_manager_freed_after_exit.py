# A context manager not bound by `as` dies right after __exit__ returns.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit")
    def __del__(self):
        print("manager freed")

with CM():
    print("body")
print("after with")

# Returning from inside a with block still calls __exit__ before the caller gets the value.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit, exc:", a[0])

def get():
    with CM():
        print("returning")
        return 99

print("got", get())

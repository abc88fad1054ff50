class Guard:
    def __del__(self):
        print("guard finalized")

g = Guard()
print("before")
print(undefined_name)
print("never")

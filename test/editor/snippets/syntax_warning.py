x = 1000
if x is 1000:
    print("same")
print("done")

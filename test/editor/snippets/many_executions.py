class Item:
    pass


for i in range(30):
    item = Item()
print("done", i)

# exit() raises SystemExit with its argument; it can be caught.
try:
    exit(3)
except SystemExit as e:
    print("caught", e.args)
try:
    quit()
except SystemExit as e:
    print("caught", e.args)
print("done")
exit("bye")

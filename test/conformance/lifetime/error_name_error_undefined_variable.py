# Uncaught NameError for a misspelled variable: message with a suggestion and exit status 1.
counter = 0
for i in range(3):
    counter += i
print("counter is", counter)
print(countr)

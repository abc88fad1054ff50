class State:
    value = 0


s = State()
if (s.value := 10) > 5:
    print(s.value)

def f():
    yield 1
x = [1, 2]
x()
break
return

def f(data):
    if (n := len(data)) > 3:
        return n
    while (chunk := data.read()):
        print(chunk)
(top := 1)

compose = lambda f=str, g: lambda x: f(g(x))
print(compose(len)("abc"))

args = [1, 2]
kwargs = {"sep": "-"}
print(**kwargs, *args)

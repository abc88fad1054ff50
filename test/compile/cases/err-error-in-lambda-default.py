f = lambda a=(yield): a

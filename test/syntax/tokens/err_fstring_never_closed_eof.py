x = f'''{x

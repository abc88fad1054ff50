def price_with_vat(net):
    return net * 1.21 €


print(price_with_vat(10))

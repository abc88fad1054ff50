value = 42
text = `value`

who = "you"
# t-strings follow the f-string rules.
template = t"hi \d {who}"
spread = t"""{who}
\z"""
parts = (template.strings, spread.strings)

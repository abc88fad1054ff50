# Since 3.12 an f-string may reuse its own quote type inside replacement fields.
users = [{"name": "Zoë", "roles": ["admin", "dev"]}, {"name": "Bo", "roles": []}]
sep = ", "

print(f"{users[0]["name"]} has roles {sep.join(users[0]["roles"])}")
print(f"{"nested " + f"{"deeper " + f"{"deepest"}"}"}")
print(f'{'single' + f'{'quotes'}'}')
print(f"""{"""triple inside triple"""}""")
print(f"{'\\'.join(["a", "b"])} {"\t".join("xy")!r} {"\N{BLACK HEART SUIT}"}")
for u in users:
    print(f"{u["name"]:>5}: {", ".join(u["roles"]) or "(none)"}")
print(f"{f"{f"{1 + 1}"}"}{f'{2:{"0>4"}}'}")
print(f"{ {"k": "v"}["k"] }", f"{ {1, 2} }", f"{(1, 2)[0]}")
value = 3.14159
spec = ".2f"
print(f"{value:{spec}}", f"{value:{"." + str(3) + "f"}}", f"{value:{'>'}{10}}")
print(f"{
    users[1]["name"]
}")

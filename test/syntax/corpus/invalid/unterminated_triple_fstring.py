name = "report"
rows = 10
text = f"""Report {name}
rows: {rows}

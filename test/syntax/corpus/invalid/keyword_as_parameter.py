def render(template, from):
    return template.format(source=from)

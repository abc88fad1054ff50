def route(request):
    match request:
        case {"method": "GET", "method": m}:
            return m

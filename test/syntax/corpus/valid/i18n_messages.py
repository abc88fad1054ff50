MESSAGES = {
    "en": {"greet": "Hello, {name}!", "items": ("{n} object", "{n} objects"), "bye": "Goodbye"},
    "fr": {"greet": "Bonjour, {name} !", "items": ("{n} objet", "{n} objets"), "bye": "Au revoir"},
    "de": {"greet": "Hallo, {name}!", "items": ("{n} Objekt", "{n} Objekte"), "bye": "Tschüss"},
    "ja": {"greet": "こんにちは、{name}さん!", "items": ("{n} 個のオブジェクト",), "bye": "さようなら"},
    "zh": {"greet": "你好，{name}！", "items": ("{n} 个对象",), "bye": "再见"},
    "ar": {"greet": "مرحبا، {name}!", "items": ("{n} كائن", "{n} كائنات"), "bye": "مع السلامة"},
    "ru": {"greet": "Привет, {name}!", "items": ("{n} объект", "{n} объекта", "{n} объектов"), "bye": "Пока"},
}


def plural_index(lang: str, n: int) -> int:
    match lang:
        case "ja" | "zh":
            return 0
        case "fr":
            return 0 if n in (0, 1) else 1
        case "ru":
            if n % 10 == 1 and n % 100 != 11:
                return 0
            return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
        case _:
            return 0 if n == 1 else 1


def t(lang: str, key: str, /, n: int | None = None, **kw) -> str:
    entry = MESSAGES.get(lang, MESSAGES["en"]).get(key) or MESSAGES["en"][key]
    if isinstance(entry, tuple):
        entry = entry[plural_index(lang, n)]
    return entry.format(n=n, **kw)


for lang in MESSAGES:
    print(f"{lang}: {t(lang, 'greet', name='Zoë')} | {t(lang, 'items', n=1)} | {t(lang, 'items', n=3)} | {t(lang, 'items', n=25)} | {t(lang, 'bye')}")

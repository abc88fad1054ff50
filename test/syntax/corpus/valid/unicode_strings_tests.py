# Strings and comments in many scripts, to test UTF-8 byte columns: ¿¡ «» — ✓ ✗ ∞ ≠ ≤ ≥ ± √ π
samples = {
    "fr": "Les références faibles ne gardent pas l'objet en vie.",
    "de": "Schwache Referenzen halten Objekte nicht am Leben — größer, übel, Straße.",
    "es": "¿Dónde está el recolector de basura? ¡Aquí!",
    "ru": "Слабые ссылки не удерживают объект.",
    "el": "Οι αδύναμες αναφορές δεν κρατούν το αντικείμενο ζωντανό.",
    "zh": "弱引用不会让对象保持存活。你好，世界！",
    "ja": "弱参照はオブジェクトを生かし続けません。",
    "ko": "약한 참조는 객체를 살려두지 않습니다.",
    "he": "הפניות חלשות אינן שומרות על האובייקט בחיים.",
    "hi": "कमज़ोर संदर्भ वस्तु को जीवित नहीं रखते।",
    "emoji": "🐍 + 🗑️ = ♻️ … 👨‍👩‍👧‍👦 🏳️‍🌈 🇨🇭",
    "math": "∀x ∈ ℝ: x² ≥ 0 ∧ √4 = 2 ≠ ∞",
    "combining": "e\u0301 a\u0308 n\u0303",
    "astral": "𝓦𝓮𝓪𝓴 𝔰𝔠𝔬𝔭𝔢 𝟙𝟚𝟛",
}
for lang, text in samples.items():
    b = text.encode("utf-8")
    print(f"{lang:>9}: {len(text):>3} chars {len(b):>3} bytes  {text[:12]}…")
ü = "variable named with an umlaut"
naïveté = len(ü)
print(ü, naïveté, "→", "✓" if naïveté > 10 else "✗")

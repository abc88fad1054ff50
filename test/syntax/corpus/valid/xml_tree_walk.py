import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0"?>
<library xmlns:w="urn:weakscope">
  <book id="b1" year="1994"><title>Design Patterns</title><author>Gamma</author><author>Helm</author></book>
  <book id="b2" year="2008"><title>Clean Code</title><author>Martin</author><w:note>borrowed</w:note></book>
  <magazine id="m1"><title>ACM Queue</title></magazine>
</library>"""

root = ET.fromstring(DOC)
NS = {"w": "urn:weakscope"}


def walk(el, depth=0):
    tag = el.tag.split("}")[-1]
    attrs = " ".join(f"{k}={v!r}" for k, v in sorted(el.attrib.items()))
    text = (el.text or "").strip()
    yield f"{'  ' * depth}<{tag}{' ' + attrs if attrs else ''}>{' ' + text if text else ''}"
    for child in el:
        yield from walk(child, depth + 1)


print("\n".join(walk(root)))
print([b.get("id") for b in root.iterfind("book[@year]") if int(b.get("year")) > 2000])
print([n.text for n in root.findall(".//w:note", NS)], len(root.findall(".//author")))

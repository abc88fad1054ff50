#!/usr/bin/env node
// Records CPython 3.14's repr() of scalar values the engine formats itself (floats, strings,
// bytes, imaginary numbers) into test/text/repr.expected.json. The inputs are chosen here; every
// expected output comes from the oracle.
import { writeFileSync } from 'node:fs';
import { loadCPython } from './oracle/pyodide.mjs';

const py = await loadCPython();
const cases = JSON.parse(py.runPython(String.raw`
import json, struct
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1234567890123456.0,
          0.0001, 0.00001, 1e-5, 1.5e-7, 1e22, 1e23, 5e-324, 1.7976931348623157e308, float('inf'),
          float('-inf'), 100.0, 1e100, 123.456, 9007199254740993.0, 0.3, 2.5e-5, 1e-4, 12345.678e10]
strings = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r', 'bs\\',
           '\x00\x07\x1b\x7f', '\x80\x9f\xa0\xad', 'é', '你好', '\u200b', '\u2028', '\ud800',
           '\U0001F600', '\U000e0001', '\ufeff', 'mixed é\t\x01']
bytes_ = [b'', b'abc', b"it's", b'"q"', b'\'"', b'\x00\xff\n\t\r\\', bytes(range(0, 256, 7))]
imag = [0.0, 1.0, 2.5, 1e16, 1e-5, float('inf')]
out = {
  'floats': [[struct.unpack('<Q', struct.pack('<d', f))[0].__str__(), repr(f)] for f in floats],
  'strings': [[[ord(c) for c in s], repr(s)] for s in strings],
  'bytes': [[list(b), repr(b)] for b in bytes_],
  'imaginary': [[struct.unpack('<Q', struct.pack('<d', f))[0].__str__(), repr(complex(0, f))] for f in imag],
}
json.dumps(out)
`));
writeFileSync('test/text/repr.expected.json', JSON.stringify(cases, null, 1) + '\n');
console.log('recorded', Object.values(cases).reduce((n, v) => n + v.length, 0), 'reprs');

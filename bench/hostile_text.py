#!/usr/bin/env python3
"""Writes records built to make a decision read its text again and again:
one long unbroken run of dots ("x.a.a.a...", every dot asks whether it ends a
sentence), one comment thread of thousands of replies that each open with
a denial ("@a: bukan,"; each asks for the question above it), and one
sentence each of thousands of words that hide the trade's words in their
sentence: "dilarang" (forbidding) and "beda" (a comparison, after "baju baru"),
and one question of thousands of "di mana" (a buyer's question word hides the
selling words of its sentence).

Usage: bench/hostile_text.py N > FILE   (N: dots per record; 120000 is about
240 KB, under the API's 256 KiB field limit)
Then:  /usr/bin/time build/saring scan --threads 1 FILE -o /dev/null
against a one-record file for the start-up alone."""
import json
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
print(json.dumps({"id": "dots", "kind": "post", "text": "bal korea x" + ".a" * n + " jual"}))
thread = "".join("@a: bukan,\n" for _ in range(n // 6))
print(json.dumps({"id": "thread", "kind": "comment", "text": "@b: bal korea jual 50rb\n" + thread}))
words = n // 10
print(json.dumps({"id": "forbidding", "kind": "post", "text": "bal korea " + "dilarang bal " * words}))
print(json.dumps({"id": "contrast", "kind": "post",
                  "text": "baju baru. bal korea " + "beda bal " * words}))
print(json.dumps({"id": "question", "kind": "post",
                  "text": "bal korea " + "di mana jual 50rb " * (words // 2) + "?"}))

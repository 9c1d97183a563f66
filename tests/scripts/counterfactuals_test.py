#!/usr/bin/env python3
"""scripts/counterfactuals.py on a handful of offers, with the built `saring` (env SARING) and
the bundled pack: what it rewrites, what it leaves alone, and that it is deterministic."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

SOURCE = os.environ.get("SARING_SOURCE_DIR",
                        os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SARING = os.environ.get("SARING", os.path.join(SOURCE, "build", "saring"))
SCRIPT = os.path.join(SOURCE, "scripts", "counterfactuals.py")
PACK = os.path.join(SOURCE, "policies", "id-used-clothing-import.yaml")
OFFER = "illegal_used_import"
RECORDS = [
    {"id": "plain", "text": "🔥 Kemeja bekas ex Korea 50rb, order via DM", "label": OFFER},
    {"id": "code-word", "text": "Cakar kemeja bekas 20rb, ambil di Parepare", "label": OFFER},
    {"id": "held-out", "text": "Jaket bekas ex Jepang 60rb, DM", "label": OFFER},
    {"id": "long", "text": "Jaket bekas ex Jepang 60rb\nDM ya kak", "label": OFFER},
    {"id": "legal", "text": "Kemeja baru ex Korea 50rb", "label": "legal"},
    {"id": "bale", "text": "Celana bekas per karung 2jt, ex Korea", "label": OFFER},
]


class CounterfactualsTest(unittest.TestCase):
    def generate(self, folder):
        data = os.path.join(folder, "data.jsonl")
        held_out = os.path.join(folder, "held_out.txt")
        with open(data, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
        with open(held_out, "w") as f:
            f.write("# never trained on\nheld-out\n")
        subprocess.run([sys.executable, SCRIPT, SARING, PACK, folder, held_out, data],
                       check=True, capture_output=True)
        out = {}
        for element in ("clothing", "used"):
            with open(os.path.join(folder, f"counterfactual_{element}.jsonl"),
                      encoding="utf-8") as f:
                out[element] = {r["id"]: r for r in map(json.loads, f)}
        return out

    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="counterfactuals-")
        self.out = self.generate(self.folder)

    def test_the_garment_becomes_other_goods_and_then_goes(self):
        replaced = self.out["clothing"]["cf-clothing-plain"]
        self.assertEqual(replaced["elements"], {"clothing": 0})
        self.assertEqual(replaced["label"], "legal")
        self.assertNotIn("emeja", replaced["text"])
        self.assertTrue(replaced["text"].startswith("🔥 "), replaced["text"])
        self.assertTrue(replaced["text"][2].isupper(), replaced["text"])
        self.assertTrue(replaced["text"].endswith(" bekas ex Korea 50rb, order via DM"))
        dropped = self.out["clothing"]["cf-clothing-unsaid-plain"]
        self.assertEqual(dropped["elements"], {"clothing": 1})
        self.assertEqual(dropped["text"], "🔥 bekas ex Korea 50rb, order via DM")

    def test_the_wear_becomes_new_stock_and_then_goes(self):
        replaced = self.out["used"]["cf-used-plain"]
        self.assertEqual(replaced["elements"], {"used": 0})
        self.assertNotIn("bekas", replaced["text"])
        self.assertTrue(replaced["text"].startswith("🔥 Kemeja "), replaced["text"])
        self.assertEqual(self.out["used"]["cf-used-unsaid-plain"]["text"],
                         "🔥 Kemeja ex Korea 50rb, order via DM")

    def test_what_says_the_element_otherwise_is_left_alone(self):
        # a code word says clothing by itself; a bale says wear by itself
        self.assertNotIn("cf-clothing-code-word", self.out["clothing"])
        self.assertNotIn("cf-used-bale", self.out["used"])
        self.assertIn("cf-clothing-bale", self.out["clothing"])

    def test_held_out_long_and_legal_records_are_not_rewritten(self):
        for element, records in self.out.items():
            for rid in ("held-out", "long", "legal"):
                self.assertNotIn(f"cf-{element}-{rid}", records)

    def test_the_same_data_gives_the_same_files(self):
        self.assertEqual(self.generate(tempfile.mkdtemp(prefix="counterfactuals-")), self.out)


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
"""Leave-one-term-out: would Saring catch a code word it was never told?

For each held-out term T (a code word of the trade):
  1. the pack without T: every term in any group whose words include T, or a
     word that starts with T, is removed;
  2. the models trained without T as scripts/train_default_model.sh trains them
     (its mixture, from `--list-data`; its fits), less the real listings (for
     speed), with every record whose text has T left out;
  3. recall on the violations that use T (from the training data and the dev
     set), which neither the pack nor the models have now seen.
Reported as recall of violation and of violation + review, next to the
same texts judged by the full pack and models (which did see them). Then what
moderators would do: the held-out texts the engine sends to review are taken
as confirmed, and `saring discover` ranks the words of those against the
legal records of the training data, with the pack without T: the rank of T
(none: not among the first 20, or fewer than 2 texts in review).
Models are kept in $SARING_LOTO_MODELS (default: a new temporary directory) as
model-<term>.bin and reused when present there: a second run with another pack or program
judges again without training.
Usage: [SARING_MASK=N] [SARING_LOTO_MODELS=DIR] bench/leave_one_term_out.py [BUILD_DIR] [TERM ...]
"""
import json
import os
import re
import sys
import tempfile

import yaml

from train_mixture import dev_with_elements, load, mixture, run, train, trained, write_jsonl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = sys.argv[1] if len(sys.argv) > 1 else "build"
TERMS = sys.argv[2:] or ["cakar", "monza", "awul", "lelong", "karungan", "ballpress", "cabo",
                         "rombeng", "owol", "babebo", "gedebage", "tawau", "burjer", "senen"]
SARING = os.path.join(ROOT, BUILD, "saring")
# SARING_MASK=N trains every model with `saring train --mask N` (the default models do not)
MASK = os.environ.get("SARING_MASK", "0")
PACK = os.path.join(ROOT, "policies", "id-used-clothing-import.yaml")


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def uses(text, term):
    return any(w.startswith(term) for w in words(text))


def pack_without(term, out_path):
    with open(PACK, encoding="utf-8") as f:
        pack = yaml.safe_load(f)
    for group in pack["groups"].values():
        kept = [t for t in group["terms"]
                if isinstance(t, dict) or not uses(str(t).replace("*", ""), term)]
        # A group made only of phrases with the term (food_named: "cakar ayam") keeps them: a
        # mask hides the term there, it does not teach it, and a pack has no empty group.
        group["terms"] = kept or group["terms"]
    with open(out_path, "w", encoding="utf-8") as f:
        yaml.safe_dump(pack, f, allow_unicode=True)


def without_term(path, term, tmp):
    """A copy of the file in tmp without the records whose text uses the term; its path."""
    kept = os.path.join(tmp, f"{term}-{os.path.basename(os.path.dirname(path))}-"
                             f"{os.path.basename(path)}")
    write_jsonl(kept, [r for r in load(path) if not uses(r["text"], term)])
    return kept


def verdicts_of(pack, model, records):
    inp = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    args = [SARING, "scan", "-", "--policy", pack]
    args += ["--model", model] if model else ["--no-model"]
    return [json.loads(line).get("verdict") for line in run(args, input=inp).splitlines()]


def recall(verdicts):
    n = len(verdicts)
    return (sum(v == "violation" for v in verdicts) / n,
            sum(v in ("violation", "review") for v in verdicts) / n)


def discover_rank(term, reviewed, background, pack, path):
    """The rank `saring discover` gives the term among the reviewed texts, or None."""
    if len(reviewed) < 2:
        return None
    write_jsonl(path, reviewed)
    out = run([SARING, "discover", "--positives", path, "--background", background,
               "--policy", pack, "--top", "20", "--min-count", "2"])
    for line in out.splitlines():
        fields = line.split()
        if len(fields) > 1 and fields[0].isdigit() and fields[1].lower().startswith(term):
            return int(fields[0])
    return None


def main():
    train_files, twin_files, classifier_files = mixture()
    tmp = tempfile.mkdtemp(prefix="loto-")
    models = os.environ.get("SARING_LOTO_MODELS") or tmp
    os.makedirs(models, exist_ok=True)
    dev_path = dev_with_elements(os.path.join(tmp, "dev.jsonl"))
    sources = train_files + [dev_path]
    # The texts judged are those of the mixture before the classifier read near twins of its own
    # (issue #10's twenty-eighth session), so that the numbers compare with the earlier ones.
    everything = [r for path in sources + twin_files for r in load(path)]
    background = os.path.join(tmp, "legal.jsonl")
    write_jsonl(background, [r for r in everything if r["label"] == "legal"])
    print(f"{'term':<12} {'texts':>5}  {'full: viol / +rev':>18}  {'held out: viol / +rev':>22}"
          f"  {'in review':>9}  {'discover rank':>13}")
    for term in TERMS:
        positives = [r for r in everything
                     if r["label"] == "illegal_used_import" and uses(r["text"], term)]
        if not positives:
            print(f"{term:<12} {0:>5}  (no violation in the data uses it)")
            continue
        pack = os.path.join(tmp, f"pack-{term}.yaml")
        pack_without(term, pack)
        kept_files = {role: [without_term(path, term, tmp) for path in paths]
                      for role, paths in (("every", sources), ("twins", twin_files),
                                          ("classifier", classifier_files))}
        model = os.path.join(models, f"model-{term}.bin")
        if not trained(model):
            # The words --mask replaces are those of the pack without the term.
            masking = ["--mask", MASK] if MASK != "0" else []
            train(SARING, kept_files["every"], kept_files["twins"], kept_files["classifier"], model,
                  masking, pack)
        full = recall(verdicts_of(PACK, os.path.join(ROOT, "models", "default.bin"), positives))
        held_verdicts = verdicts_of(pack, model, positives)
        held = recall(held_verdicts)
        reviewed = [r for r, v in zip(positives, held_verdicts) if v == "review"]
        rank = discover_rank(term, reviewed, background, pack,
                             os.path.join(tmp, f"reviewed-{term}.jsonl"))
        print(f"{term:<12} {len(positives):>5}  {full[0]:>8.3f} / {full[1]:.3f}  "
              f"{held[0]:>12.3f} / {held[1]:.3f}  {len(reviewed):>9}  {str(rank):>13}", flush=True)


if __name__ == "__main__":
    main()

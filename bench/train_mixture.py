"""The training mixture of scripts/train_default_model.sh, and its training calls, for the
bench scripts that retrain the models on part of it (leave_one_term_out.py,
cross_validate.py). Not the real listings: the bench scripts leave them out for speed."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "data")
DEV_FOLD = os.path.join(ROOT, "data", "splits", "dev_fold_ids.txt")


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def mixture():
    """(files for every model, the near twins every model reads but the counterfactuals do not,
    files for the classifier only), as the train script reads them (`--list-data`)."""
    lines = run(["bash", os.path.join(ROOT, "scripts", "train_default_model.sh"),
                 "--list-data"]).splitlines()
    roles = [line.split(" ", 1) for line in lines]
    return tuple([os.path.join(ROOT, p) for role, p in roles if role == wanted]
                 for wanted in ("every", "twins", "classifier"))


def dev_with_elements(path):
    """The shared dev set's training fold with element labels, written to path."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(run([sys.executable, os.path.join(ROOT, "scripts", "dev_element_labels.py"),
                     os.path.join(SHARED, "dev", "labeled_dev.jsonl")]))
    return path


ELEMENTS = ("offer", "used", "clothing", "abroad")


def model_flags():
    """Each model's `saring train` flags ("classifier" and the elements), as the train script
    gives them (`--list-flags`)."""
    lines = run(["bash", os.path.join(ROOT, "scripts", "train_default_model.sh"),
                 "--list-flags"]).splitlines()
    return {model: flags.split() for model, flags in (line.split(" ", 1) for line in lines)}


def trained(out):
    """Whether train() wrote out's whole set: the last file it writes is there."""
    return os.path.exists(out[:-4] + f".{ELEMENTS[-1]}.bin")


def train(saring, every, twins, classifier_only, out, extra=(), policy=None):
    """The classifier and the four elements' scorers, with the train script's fits,
    augmentation and counterfactuals (read with policy, default the bundled pack, as are the
    pack's groups the models read with --pack-groups and the words --mask replaces): out
    (default.bin) and its default.<element>.bin beside it. Every file's records are
    trained on but those of the dev set's dev fold. SARING_TRAIN_FLAGS adds `saring train`
    flags to every model's (a setting tried by cross-validation before the train script takes
    it), SARING_TRAIN_POLICY reads the counterfactuals with another pack."""
    policy = policy or os.environ.get("SARING_TRAIN_POLICY")
    extra = (*extra, *os.environ.get("SARING_TRAIN_FLAGS", "").split(),
             *(["--policy", policy] if policy else []))
    data = [a for p in every for a in ("--data", p)] + ["--exclude-ids", DEV_FOLD]
    twin_data = [a for p in twins for a in ("--data", p)]
    classifier_data = [a for p in classifier_only for a in ("--data", p)]
    workdir = os.path.dirname(out)
    run([sys.executable, os.path.join(ROOT, "scripts", "counterfactuals.py"), saring,
         policy or os.path.join(ROOT, "policies", "id-used-clothing-import.yaml"), workdir,
         DEV_FOLD, *every])
    counterfactual = {e: ["--data", os.path.join(workdir, f"counterfactual_{e}.jsonl")]
                      for e in ("used", "clothing")}
    flags = model_flags()
    run([saring, "train", *data, *classifier_data, *twin_data, *flags["classifier"], *extra,
         "-o", out])
    for element in ELEMENTS:
        run([saring, "train", *data, *twin_data, *counterfactual.get(element, []),
             "--element", element, *flags[element], *extra, "-o", out[:-4] + f".{element}.bin"])

#!/usr/bin/env python3
"""Checks a Kapacitetsradar capacity model file (version 1 or 2).

    python3 tools/check_model.py model/kapacitetsmodel.v2.json
    python3 tools/check_model.py model/kapacitetsmodel.v1.json

It checks that every cited line range exists in its seed and does not start
on a blank line; that S001 sources in the vocational (EUD) chapter carry
"vocational": true; that ids are unique and well formed; that every text has
da, nb and en and fits the length limits; that {initiative} is used the same
way in all three languages and never starts a sentence; that glossary terms
named by statements exist (and that statements name the terms they use); and
the counts the model promises. It prints the themes with their statement
counts and an estimate of how long leaders need to answer.

Version 2's fields (glossary, audience, levels, reflection, ...) are checked
only when the file is version 2, so a version 1 file passes without them.
Exits 1 on any failure, 0 otherwise. Warnings do not fail.

The seeds are read from ../../shared/seeds relative to this file, or from the
directory given with --seeds DIR.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("da", "nb", "en")
ID_RE = re.compile(r"^[A-Za-z0-9._-]+$")
PLACEHOLDER_RE = re.compile(r"\{[^{}]*\}")
ALLOWED_PLACEHOLDERS = {"{initiative}"}
VOCATIONAL = ("S001", 3484, 4842)   # S001 chapter 4, Erhvervsuddannelsesområdet
REQUIRED_TERMS = ("staastedsanalyse", "forandringsmodel", "milepaelsplan", "forankringsplan",
                  "plf", "skoleeier", "ppr", "laeringskonsulent")
MAX_TEXT, MAX_SHORT, MAX_WORDS = 600, 40, 25

# Answering-time estimate (see model/CHANGES-v2.md).
WPM = 200                 # reading speed, words per minute
DECIDE_SECONDS = 8        # deciding on an answer, per statement
SCALE_READS = 3           # the scale is read with the first few statements, then known
SCALE_DA = ["I meget høj grad", "I høj grad", "I nogen grad", "I mindre grad",
            "Slet ikke", "Ved ikke", "Ikke relevant"]
LEADER_LIMIT_MIN = 15.0

errors, warnings = [], []
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)


def words(text):
    return len(re.findall(r"\S+", text))


def check_localized(where, v, limit=MAX_TEXT):
    if not isinstance(v, dict):
        err(f"{where}: not a da/nb/en object"); return
    extra = set(v) - set(LANGS)
    if extra:
        err(f"{where}: unknown language keys {sorted(extra)}")
    found = {}
    for lang in LANGS:
        t = v.get(lang)
        if not isinstance(t, str) or not t.strip():
            err(f"{where}.{lang}: empty or missing"); continue
        if len(t) > limit:
            err(f"{where}.{lang}: {len(t)} characters (limit {limit})")
        if t != t.strip():
            warn(f"{where}.{lang}: leading or trailing whitespace")
        ph = PLACEHOLDER_RE.findall(t)
        for p in ph:
            if p not in ALLOWED_PLACEHOLDERS:
                err(f"{where}.{lang}: unknown placeholder {p}")
        found[lang] = sorted(ph)
        # {initiative} must not start a sentence: it would not be capitalised.
        for m in re.finditer(r"\{initiative\}", t):
            before = t[:m.start()].rstrip()
            if before == "" or before[-1] in ".!?:" or before.endswith(("»", "«", "\"")) and before[:-1].rstrip()[-1:] in ".!?:":
                err(f"{where}.{lang}: a sentence starts with {{initiative}}")
    if len(found) == 3 and len({tuple(x) for x in found.values()}) > 1:
        err(f"{where}: placeholders differ between languages: {found}")


class Seeds:
    def __init__(self, model, seeddir):
        self.lines, self.declared = {}, {}
        for s in model.get("seeds", []):
            sid, f = s.get("id"), s.get("file")
            self.declared[sid] = s.get("lines")
            path = os.path.join(seeddir, f or "")
            if not f or not os.path.isfile(path):
                err(f"seed {sid}: file {path} not found"); continue
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
            self.lines[sid] = lines
            if s.get("lines") != len(lines):
                err(f"seed {sid}: declares {s.get('lines')} lines, file has {len(lines)}")

    def check(self, where, sources):
        if not isinstance(sources, list) or not (1 <= len(sources) <= 20):
            err(f"{where}: needs 1–20 sources, has {len(sources) if isinstance(sources, list) else sources!r}")
            return
        for s in sources:
            extra = set(s) - {"seed", "from", "to", "vocational"}
            if extra:
                err(f"{where}: source has unknown fields {sorted(extra)}")
            sid, a, b = s.get("seed"), s.get("from"), s.get("to")
            cite = f"{sid} L{a}-{b}"
            if sid not in self.declared:
                err(f"{where}: {cite}: unknown seed"); continue
            if not (isinstance(a, int) and isinstance(b, int) and 1 <= a <= b):
                err(f"{where}: {cite}: bad range"); continue
            lines = self.lines.get(sid)
            if lines is None:
                continue
            if b > len(lines):
                err(f"{where}: {cite}: beyond the end of the seed ({len(lines)} lines)"); continue
            cited = lines[a - 1:b]
            if not any(l.strip() for l in cited):
                err(f"{where}: {cite}: only blank lines")
            elif not cited[0].strip():
                err(f"{where}: {cite}: starts on a blank line")
            elif not cited[-1].strip():
                warn(f"{where}: {cite}: ends on a blank line")
            vs, va, vb = VOCATIONAL
            inside = sid == vs and va <= a and b <= vb
            overlaps = sid == vs and a <= vb and b >= va and not inside
            if inside and s.get("vocational") is not True:
                err(f"{where}: {cite}: lies in the vocational (EUD) chapter but lacks \"vocational\": true")
            if s.get("vocational") and not inside:
                err(f"{where}: {cite}: marked vocational but is not within {vs} L{va}-{vb}")
            if overlaps:
                warn(f"{where}: {cite}: straddles the vocational chapter's boundary")


def statement_kind(sid, tid):
    if re.fullmatch(re.escape(tid) + r"\.\d+", sid): return "leaders"
    if re.fullmatch(re.escape(tid) + r"\.s\d+", sid): return "staff"
    return None


def term_variants(term_da):
    """'Professionelle læringsfællesskaber (PLF)' -> ['professionelle læringsfællesskaber', 'plf']"""
    parts = re.split(r"[()/]", term_da)
    return [p.strip().lower() for p in parts if p.strip()]


def uses_term(text, variant):
    return re.search(r"(?<![\wæøå])" + re.escape(variant), text.lower()) is not None


def answer_seconds(texts):
    n = len(texts)
    w = sum(words(t) for t in texts) + min(SCALE_READS, n) * words(" ".join(SCALE_DA))
    return w / WPM * 60 + DECIDE_SECONDS * n, w


def main(argv):
    args = [a for a in argv[1:]]
    seeddir = os.path.join(HERE, "..", "..", "shared", "seeds")
    if "--seeds" in args:
        i = args.index("--seeds"); seeddir = args[i + 1]; del args[i:i + 2]
    if len(args) != 1:
        print(__doc__); return 2
    path = args[0]
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if len(raw.encode("utf-8")) > 1_000_000:
        err(f"{path}: larger than 1,000,000 bytes")
    model = json.loads(raw)
    version = model.get("model_version", model.get("version"))
    v2 = isinstance(version, int) and version >= 2

    if model.get("format") != "kapacitetsradar.model":
        err("format is not kapacitetsradar.model")
    if v2 and (model.get("version") != 2 or model.get("model_version") != 2):
        err("version 2 file must have version 2 and model_version 2")
    check_localized("title", model.get("title"))
    default = {"da": "indsatsen", "nb": "tiltaket", "en": "the initiative"}
    if v2:
        check_localized("initiative_default", model.get("initiative_default"))
        default = model.get("initiative_default") or default
        for lang in LANGS:
            if "{" in default.get(lang, ""):
                err("initiative_default must not contain placeholders")

    seeds = Seeds(model, seeddir)
    ids = set()
    def new_id(i, where):
        if not isinstance(i, str) or not ID_RE.match(i):
            err(f"{where}: id {i!r} must match [A-Za-z0-9._-]+")
        if i in ids:
            err(f"{where}: id {i!r} used twice")
        ids.add(i)
    new_id(model.get("id"), "model")
    for s in model.get("seeds", []):
        new_id(s.get("id"), "seed")

    # v1 ids, for from_v1 / replaces (the v1 model lives next to this file's model dir).
    v1_ids = None
    v1_path = os.path.join(os.path.dirname(os.path.abspath(path)), "kapacitetsmodel.v1.json")
    if v2 and os.path.isfile(v1_path) and os.path.abspath(v1_path) != os.path.abspath(path):
        with open(v1_path, encoding="utf-8") as fh:
            v1 = json.load(fh)
        v1_ids = {"themes": {t["id"] for t in v1["themes"]},
                  "statements": {s["id"] for t in v1["themes"] for s in t["statements"]}}

    glossary = {}
    if v2:
        g = model.get("glossary")
        if not isinstance(g, list) or not g:
            err("glossary: missing or empty")
            g = []
        for e in g:
            gid = e.get("id")
            new_id(gid, "glossary")
            glossary[gid] = e
            check_localized(f"glossary {gid}.term", e.get("term"))
            check_localized(f"glossary {gid}.definition", e.get("definition"))
            seeds.check(f"glossary {gid}", e.get("sources"))
        for r in REQUIRED_TERMS:
            if r not in glossary:
                err(f"glossary: required term {r!r} missing")

    themes = model.get("themes", [])
    n_min, n_max = (8, 10) if v2 else (3, 12)
    if not (n_min <= len(themes) <= n_max):
        err(f"{len(themes)} themes (must be {n_min}–{n_max})")
    leader_texts, staff_texts, leader_highs = [], [], []
    summary = []
    used_terms = set()
    for t in themes:
        tid = t.get("id")
        new_id(tid, "theme")
        for k in ("title", "high"):
            check_localized(f"{tid}.{k}", t.get(k))
        check_localized(f"{tid}.short", t.get("short"), MAX_SHORT)
        seeds.check(tid, t.get("sources"))
        sts = t.get("statements", [])
        if v2:
            fv = t.get("from_v1")
            if not isinstance(fv, list):
                err(f"{tid}: from_v1 must be a list")
            elif v1_ids:
                for x in fv:
                    if x not in v1_ids["themes"]:
                        err(f"{tid}: from_v1 names unknown v1 theme {x!r}")
            lv = t.get("levels")
            if not isinstance(lv, dict) or set(lv) != {"low", "middle", "high"}:
                err(f"{tid}: levels must have exactly low, middle and high")
            else:
                for k in ("low", "middle", "high"):
                    check_localized(f"{tid}.levels.{k}", lv[k])
            rf = t.get("reflection")
            if not isinstance(rf, list) or not (2 <= len(rf) <= 3):
                err(f"{tid}: needs 2–3 reflection questions")
            else:
                for i, q in enumerate(rf):
                    check_localized(f"{tid}.reflection[{i}]", q)
            check_localized(f"{tid}.dialogue", t.get("dialogue"))
        n_lead = n_staff = 0
        seen_staff = False
        for s in sts:
            sid = s.get("id")
            new_id(sid, f"{tid} statement")
            aud = s.get("audience", "leaders") if v2 else "leaders"
            if v2:
                if aud not in ("leaders", "staff"):
                    err(f"{sid}: audience must be leaders or staff")
                kind = statement_kind(sid, tid)
                if kind != aud:
                    err(f"{sid}: id does not fit audience {aud!r} (leaders {tid}.N, staff {tid}.sN)")
                if aud == "staff":
                    seen_staff = True
                elif seen_staff:
                    err(f"{sid}: leader statement after staff statements")
                for tm in s.get("terms", []):
                    if tm not in glossary:
                        err(f"{sid}: terms names unknown glossary id {tm!r}")
                    used_terms.add(tm)
                if "terms" in s and not s["terms"]:
                    err(f"{sid}: omit terms when empty")
                for gid, e in glossary.items():
                    da = (s.get("text", {}).get("da", "") + " " + s.get("high", {}).get("da", ""))
                    if any(uses_term(da, v) for v in term_variants(e["term"]["da"])) \
                            and gid not in s.get("terms", []):
                        err(f"{sid}: uses glossary term {gid!r} but does not list it in terms")
                rp = s.get("replaces")
                if rp is not None:
                    if not isinstance(rp, list) or not rp:
                        err(f"{sid}: replaces must be a non-empty list (omit when empty)")
                    elif v1_ids:
                        for x in rp:
                            if x not in v1_ids["statements"]:
                                err(f"{sid}: replaces unknown v1 statement {x!r}")
            check_localized(f"{sid}.text", s.get("text"))
            check_localized(f"{sid}.high", s.get("high"))
            seeds.check(sid, s.get("sources"))
            da = s.get("text", {}).get("da", "")
            if words(da.replace("{initiative}", default.get("da", ""))) > MAX_WORDS:
                err(f"{sid}: {words(da)} words in Danish (at most {MAX_WORDS})")
            text_da = da.replace("{initiative}", default.get("da", ""))
            if aud == "leaders":
                n_lead += 1; leader_texts.append(text_da)
                leader_highs.append(s.get("high", {}).get("da", "").replace("{initiative}", default.get("da", "")))
            else:
                n_staff += 1; staff_texts.append(text_da)
        if not (1 <= n_lead <= 12):
            err(f"{tid}: {n_lead} leader statements (must be 1–12)")
        if v2 and not (2 <= n_staff <= 3):
            err(f"{tid}: {n_staff} staff statements (must be 2–3)")
        acts = t.get("actions", [])
        a_min, a_max = (2, 4) if v2 else (0, 10)
        if not (a_min <= len(acts) <= a_max):
            err(f"{tid}: {len(acts)} actions (must be {a_min}–{a_max})")
        for i, a in enumerate(acts):
            aid = a.get("id")
            new_id(aid, f"{tid} action")
            if v2 and aid != f"{tid}.a{i + 1}":
                err(f"{aid}: expected id {tid}.a{i + 1}")
            check_localized(f"{aid}.text", a.get("text"))
            if v2:
                for k in ("first_step", "owner", "success"):
                    check_localized(f"{aid}.{k}", a.get(k))
            seeds.check(aid, a.get("sources"))
        summary.append((tid, t.get("short", {}).get("en", ""), n_lead, n_staff, len(acts)))

    if len(leader_texts) > 55:
        err(f"{len(leader_texts)} leader statements in total (at most 55)")
    for gid in glossary:
        if gid not in used_terms:
            warn(f"glossary term {gid!r} is not named by any statement")

    # ---- report
    print(f"{path}: model version {version}, {len(themes)} themes")
    print(f"  {'theme':6} {'leaders':>7} {'staff':>5} {'actions':>7}  axis label (en)")
    for tid, short, nl, ns, na in summary:
        print(f"  {tid:6} {nl:7} {ns:5} {na:7}  {short}")
    print(f"  {'total':6} {len(leader_texts):7} {len(staff_texts):5} {sum(x[4] for x in summary):7}")
    secs, w = answer_seconds(leader_texts)
    print(f"Answering time, leaders: {len(leader_texts)} statements, {w} words to read "
          f"(statements in Danish, the {len(SCALE_DA)}-label scale read with the first {SCALE_READS}) "
          f"at {WPM} words/min + {DECIDE_SECONDS} s deciding each = {secs / 60:.1f} min")
    hs, hw = answer_seconds([a + " " + b for a, b in zip(leader_texts, leader_highs)])
    print(f"  if every 'high' description were read as well: {hs / 60:.1f} min")
    if staff_texts:
        ss, sw = answer_seconds(staff_texts)
        print(f"Answering time, staff: {len(staff_texts)} statements, {sw} words = {ss / 60:.1f} min")
    if v2 and secs / 60 > LEADER_LIMIT_MIN:
        err(f"leaders need about {secs / 60:.1f} min (at most {LEADER_LIMIT_MIN:.0f})")

    for w_ in warnings:
        print("warning:", w_)
    for e in errors:
        print("FAIL:", e)
    print("OK" if not errors else f"{len(errors)} failure(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

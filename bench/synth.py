"""Synthetic "Ask an expert" archives of realistic shape, for scale benchmarks and fault tests.

Records look like the bundled archive's Q/A pages: a title, a patient's question of 20-130 words
built from templates (age, condition, how long, what they tried, what they ask), an expert answer of
roughly 140-380 words assembled from the bundled archive's own answer sentences for the same
category plus templated sentences naming the condition, a category, a posting date and a URL. Same
``n`` and ``seed``, same records.

    from bench.synth import synthetic_records, write_pages
    records = synthetic_records(10_000, seed=1)
    write_pages(records[:300], Path("/tmp/archive/pages"))   # as scraped page files + _meta.csv
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from assistant.settings import Settings  # first: embeddings <-> assistant import each other
from corpus.categories import CATEGORIES
from corpus.records import Record
from embeddings.chunking import split_sentences

CATEGORY_SLUGS = [slug for slug in CATEGORIES if slug != "expert-answers"]

# Conditions and topics per category: what patients ask about in this archive.
TOPICS: dict[str, list[str]] = {
    "general": [
        "general aches and pains",
        "feeling run down",
        "low energy",
        "a first acupuncture session",
        "how acupuncture works",
        "whether acupuncture is a placebo",
        "needle phobia",
        "long-standing tiredness",
    ],
    "side-effects-and-safety": [
        "bruising after needling",
        "feeling faint during treatment",
        "soreness where the needles went in",
        "tiredness after a session",
        "a headache after treatment",
        "tingling after needling",
        "a needle left in after treatment",
        "dizziness after a session",
        "a flare-up after the first session",
    ],
    "back-neck-and-joint-pain": [
        "chronic low back pain",
        "sciatica",
        "a stiff neck",
        "frozen shoulder",
        "tennis elbow",
        "knee pain",
        "whiplash",
        "plantar fasciitis",
        "a trapped nerve in the neck",
        "hip pain",
    ],
    "arthritis": [
        "osteoarthritis of the knee",
        "rheumatoid arthritis",
        "gout",
        "hand osteoarthritis",
        "ankylosing spondylitis",
        "psoriatic arthritis",
        "hip osteoarthritis",
    ],
    "headache-and-neurological": [
        "migraine",
        "tension-type headache",
        "Bell's palsy",
        "trigeminal neuralgia",
        "tinnitus",
        "peripheral neuropathy",
        "recovery after a stroke",
        "restless legs",
    ],
    "mental-and-emotional-health": [
        "anxiety",
        "depression",
        "insomnia",
        "stress at work",
        "low mood after a bereavement",
        "panic attacks",
        "burnout",
    ],
    "fertility-pregnancy-and-womens-health": [
        "IVF",
        "PCOS",
        "morning sickness",
        "a breech baby",
        "pelvic girdle pain",
        "period pain",
        "menopausal hot flushes",
        "endometriosis",
        "heavy periods",
    ],
    "children": [
        "bedwetting",
        "infant colic",
        "childhood eczema",
        "teenage migraines",
        "a child who is scared of needles",
        "glue ear",
    ],
    "long-term-conditions-and-medicines": [
        "taking warfarin",
        "high blood pressure",
        "type 2 diabetes",
        "multiple sclerosis",
        "epilepsy",
        "chemotherapy nausea",
        "lymphoedema after breast cancer",
        "a pacemaker",
        "taking clopidogrel",
    ],
    "practical-matters": [
        "the cost of a session",
        "how many sessions are needed",
        "finding a registered practitioner",
        "acupuncture on the NHS",
        "claiming on health insurance",
        "what to wear to a session",
        "driving after a session",
        "making a complaint",
    ],
    "related-therapies": [
        "cupping",
        "moxibustion",
        "electroacupuncture",
        "ear acupuncture",
        "dry needling",
        "gua sha",
        "acupressure bands",
        "Chinese herbs",
    ],
}

AGES = [*range(18, 86)]
DURATIONS = [
    "two weeks",
    "a month",
    "six weeks",
    "three months",
    "six months",
    "nearly a year",
    "two years",
    "five years",
    "over ten years",
    "since my twenties",
    "since I had my second child",
]
TRIED = [
    "painkillers from the GP",
    "physiotherapy",
    "ibuprofen",
    "a course of steroids",
    "massage",
    "yoga and stretching",
    "an osteopath",
    "antidepressants",
    "nothing so far",
    "a TENS machine",
    "heat packs",
    "a referral to a specialist",
]
MEDICINES = ["warfarin", "methotrexate", "sertraline", "amlodipine", "metformin", "levothyroxine", "the pill"]
OPENERS = [
    "I'm {age} and I've had {topic} for {duration}.",
    "I have been struggling with {topic} for {duration}.",
    "My GP thinks I have {topic}, which started {duration} ago.",
    "Hi, I am {age} years old and have suffered with {topic} for {duration}.",
    "For {duration} I have been dealing with {topic}.",
    "My {relative} has had {topic} for {duration} and asked me to write in.",
]
DETAILS = [
    "I have tried {tried} but it only helps a little.",
    "It is worse in the mornings and I struggle to get going.",
    "It is affecting my sleep and my work.",
    "I take {medicine} every day.",
    "I had {count} sessions of acupuncture some years ago and it seemed to help.",
    "A friend recommended acupuncture and I am thinking about booking.",
    "The pain comes and goes but has been worse recently.",
    "I am on a waiting list at the hospital and want something to help in the meantime.",
    "I also have {other} which I don't know is relevant.",
]
ASKS = [
    "Would acupuncture help with {topic}?",
    "Is it safe to have acupuncture for {topic} while taking {medicine}?",
    "How many sessions would I need before I notice a difference?",
    "Is there any research showing acupuncture works for {topic}?",
    "Should I tell my practitioner about {topic} before treatment?",
    "Is what happened normal, and should I go back?",
    "Can acupuncture be used alongside what my doctor has prescribed?",
]
TITLES = [
    "Acupuncture for {topic}",
    "{Topic} and acupuncture",
    "{Topic} for {duration}",
    "Can acupuncture help {topic}?",
    "{Topic} while taking {medicine}",
]
RELATIVES = ["mother", "father", "husband", "wife", "partner", "daughter", "son", "sister", "brother"]
ANSWER_OPENERS = [
    "Thank you for your question about {topic}.",
    "We are sorry to hear that you have been struggling with {topic} for {duration}.",
    "This is a question we are often asked about {topic}.",
    "There has been a fair amount of research on acupuncture for {topic}, although the quality varies.",
]
ANSWER_CLOSERS = [
    "We hope this helps, and that you find a practitioner who can give you a proper assessment.",
    "If the symptoms change or get worse, please see your GP or call NHS 111.",
    "A brief face-to-face assessment with a registered practitioner is the best way to find out whether "
    "acupuncture could help with {topic}.",
    "Do make sure that your practitioner knows about {topic} and any medicines you take.",
]

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _NON_SLUG.sub("-", text.lower()).strip("-")[:60] or "question"


@lru_cache(maxsize=1)
def _archive_vocabulary() -> tuple[dict[str, tuple[str, ...]], tuple[int, ...]]:
    """Answer sentences per category slug and the answer lengths (words) of the bundled archive."""
    from corpus.load import load_archive

    settings = Settings()
    loaded = load_archive(settings.corpus_dirs, settings.relative_source)
    by_name = {name: slug for slug, name in CATEGORIES.items()}
    sentences: dict[str, list[str]] = {slug: [] for slug in CATEGORY_SLUGS}
    lengths: list[int] = []
    for record in loaded.records:
        if record.kind != "qa":
            continue
        slug = by_name.get(record.category, "general")
        lengths.append(len(record.answer.split()))
        sentences.setdefault(slug, []).extend(
            s for s in split_sentences(record.answer) if 6 <= len(s.split()) <= 45
        )
    everything = [s for group in sentences.values() for s in group]
    filled = {slug: tuple(group or everything) for slug, group in sentences.items()}
    return filled, tuple(sorted(lengths)) or (250,)


def _fill(template: str, values: dict[str, str]) -> str:
    text = template.format(**values)
    return text[:1].upper() + text[1:]


def synthetic_record(n: int, rng: random.Random) -> Record:
    """One synthetic Q/A record; ``n`` makes its id, source and URL unique."""
    sentences, lengths = _archive_vocabulary()
    slug = rng.choice(CATEGORY_SLUGS)
    topic = rng.choice(TOPICS[slug])
    values = {
        "topic": topic,
        "Topic": topic[:1].upper() + topic[1:],
        "age": str(rng.choice(AGES)),
        "duration": rng.choice(DURATIONS),
        "tried": rng.choice(TRIED),
        "medicine": rng.choice(MEDICINES),
        "relative": rng.choice(RELATIVES),
        "count": str(rng.randint(2, 12)),
        "other": rng.choice([t for group in TOPICS.values() for t in group]),
    }
    question_parts = [_fill(rng.choice(OPENERS), values)]
    question_parts += [_fill(t, values) for t in rng.sample(DETAILS, rng.randint(1, 4))]
    question_parts.append(_fill(rng.choice(ASKS), values))
    question = " ".join(question_parts)
    title = _fill(rng.choice(TITLES), values)

    target = rng.choice(lengths)  # the archive's own answer lengths
    body: list[str] = [_fill(rng.choice(ANSWER_OPENERS), values)]
    pool = sentences[slug]
    words = len(body[0].split())
    while words < target - 25:
        sentence = rng.choice(pool)
        body.append(sentence)
        words += len(sentence.split())
    body.append(_fill(rng.choice(ANSWER_CLOSERS), values))
    paragraphs: list[str] = []
    cut = 0
    while cut < len(body):
        step = rng.randint(2, 4)
        paragraphs.append(" ".join(body[cut : cut + step]))
        cut += step
    answer = "\n\n".join(paragraphs)

    page = f"{_slug(title)}-{n:06d}"
    source = f"synthetic/pages/{slug}/{page}.txt"
    day = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(18 * 365))
    return Record(
        id=f"{source}#1",
        source=source,
        kind="qa",
        title=title,
        question=question,
        answer=answer,
        category=CATEGORIES[slug],
        url=f"https://example.org/ask-an-expert/{page}",
        date=day.isoformat(),
    )


def synthetic_records(n: int, seed: int = 0) -> list[Record]:
    """``n`` synthetic Q/A records; the same ``n`` and ``seed`` give the same records."""
    rng = random.Random(seed)
    return [synthetic_record(i, rng) for i in range(n)]


def synthetic_questions(n: int, seed: int = 1) -> list[str]:
    """Patient-style questions (the question text of fresh synthetic records), for query load."""
    return [r.question for r in synthetic_records(n, seed=seed + 1_000_003)]


FOOTER = (
    "Post a question\n\nIf you have any questions about acupuncture, browse our archive or ask an expert.\n\n"
    "Ask an expert\n\nBAcC Factsheets\n\nBrowse the facts"
)


def page_text(record: Record) -> str:
    """The record as a scraped archive page (what ``corpus.pages.parse_page`` reads)."""
    return f"Find an acupuncturist...\n\n{record.title}\n\nQ: {record.question}\n\nA: {record.answer}\n\n{FOOTER}\n"


def write_pages(records: Sequence[Record], root: Path) -> list[Path]:
    """Write records as page files under ``root/<category slug>/`` with a ``_meta.csv`` per folder
    (date and URL), as the bundled archive is laid out. Returns the page paths."""
    slug_of = {name: slug for slug, name in CATEGORIES.items()}
    written: list[Path] = []
    meta: dict[Path, list[dict[str, str]]] = {}
    for record in records:
        folder = root / slug_of.get(record.category, "general")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / Path(record.source).name
        path.write_text(page_text(record), encoding="utf-8")
        written.append(path)
        meta.setdefault(folder, []).append(
            {"file": path.name, "date": record.date or "", "url": record.url or ""}
        )
    for folder, rows in meta.items():
        meta_path = folder / "_meta.csv"
        before = meta_path.read_text(encoding="utf-8") if meta_path.is_file() else ""
        with meta_path.open("w", newline="", encoding="utf-8") as handle:
            if before.strip():
                handle.write(before if before.endswith("\n") else before + "\n")
            writer = csv.DictWriter(handle, fieldnames=["file", "date", "url"], extrasaction="ignore")
            if not before.strip():
                writer.writeheader()
            writer.writerows(rows)
    return written

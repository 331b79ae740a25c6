"""The archive's categories: folder slug -> display name."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "general": "General",
    "side-effects-and-safety": "Side effects and safety",
    "back-neck-and-joint-pain": "Back, neck and joint pain",
    "arthritis": "Arthritis",
    "headache-and-neurological": "Headache and neurological",
    "mental-and-emotional-health": "Mental and emotional health",
    "fertility-pregnancy-and-womens-health": "Fertility, pregnancy and women's health",
    "children": "Children",
    "long-term-conditions-and-medicines": "Long-term conditions and medicines",
    "practical-matters": "Practical matters",
    "related-therapies": "Related therapies",
    "expert-answers": "New expert answers",
}

FACTSHEET_CATEGORY = "Factsheets"


def category_name(slug: str) -> str:
    """Display name for a folder slug; unknown slugs are made readable rather than rejected."""
    if slug in CATEGORIES:
        return CATEGORIES[slug]
    if slug in CATEGORIES.values():
        return slug
    words = slug.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else "General"

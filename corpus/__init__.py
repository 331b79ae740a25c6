"""Archive files -> records. Parsers for scraped Q/A pages, Markdown factsheets and structured exports."""

from corpus.load import LoadResult, load_archive
from corpus.records import Record, SkippedFile

__all__ = ["LoadResult", "Record", "SkippedFile", "load_archive"]

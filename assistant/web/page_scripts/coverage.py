"""/coverage (staff only): the coverage report."""

from assistant.web.staff import staff_page
from assistant.web.staff_coverage import render

staff_page(render)

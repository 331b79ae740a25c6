"""/evaluation (staff only): the evaluation runner."""

from assistant.web.staff import staff_page
from assistant.web.staff_eval import render

staff_page(render)

"""/log (staff only): the query log."""

from assistant.web.staff import staff_page
from assistant.web.staff_log import render

staff_page(render)

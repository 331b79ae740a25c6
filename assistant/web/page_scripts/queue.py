"""/queue (staff only): the "Ask an expert" queue."""

from assistant.web.staff import staff_page
from assistant.web.staff_queue import render

staff_page(render)

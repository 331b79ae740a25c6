"""/health (staff only): the archive health report."""

from assistant.web.staff import staff_page
from assistant.web.staff_health import render

staff_page(render)

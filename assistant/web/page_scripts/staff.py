"""/staff: staff sign in, or the signed-in staff member's account page."""

from assistant.web.staff import render_account

render_account()

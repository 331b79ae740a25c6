"""The Streamlit face of the assistant. ``app.py`` only sets up the page and navigation; the pages
live here (``chat_page`` for patients) and share ``common`` (cached assistant, logs, errors)."""

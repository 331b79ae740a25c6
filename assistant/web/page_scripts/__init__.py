"""Page scripts for ``st.navigation``: one thin file per staff page (Streamlit runs them by path, so
``AppTest.switch_page`` can reach them too). Each only hands its page to ``staff.staff_page``,
which refuses a session that has not signed in."""

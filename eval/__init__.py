"""Evaluation of the archive assistant: question sets, metrics, runs and reports.

``eval.sets`` reads and checks a question set, ``eval.metrics`` holds the pure metric functions,
``eval.runner`` runs a set through the assistant and summarises it, ``eval.report`` writes
``report.json``/``report.md``/``report.html`` and ``eval.cli`` is the ``assistant eval`` sub-command.
"""

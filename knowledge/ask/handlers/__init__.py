"""One module per kind of answer; each returns a `Draft` (or a finished refusal) for `render` to finish."""

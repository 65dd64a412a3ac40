import logging

from bot.log import RedactFilter, logging_to_stderr


def test_redact_filter_scrubs_messages_and_tracebacks():
    secret = "tok-123.abc"
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "connecting with %s", (secret,), None)
    try:
        raise ValueError(f"bad {secret}")
    except ValueError as error:
        record.exc_info = (type(error), error, error.__traceback__)
    assert RedactFilter([secret]).filter(record)
    formatted = logging.Formatter().format(record)
    assert secret not in formatted
    assert "[redacted]" in formatted


def test_logging_to_stderr_restores_the_previous_setup(capsys):
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    with logging_to_stderr("WARNING", secrets=["s3cret"]):
        logging.getLogger("bot.test").warning("token is s3cret")
        logging.getLogger("bot.test").info("not shown")
    assert (list(root.handlers), root.level) == before
    err = capsys.readouterr().err
    assert "token is [redacted]" in err
    assert "not shown" not in err

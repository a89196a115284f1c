"""`rr.script_add_args` / `script_setup` / `script_teardown`: the standard flags of example scripts."""

from __future__ import annotations

import uuid
from argparse import ArgumentParser, Namespace
from typing import Any

from . import api
from .stream import RecordingStream


def script_add_args(parser: ArgumentParser) -> None:
    """
    Add `--headless`, `--connect`, `--serve`, `--addr`, `--save` and `--stdout` to a parser.

    Parameters
    ----------
    parser:
        The `argparse.ArgumentParser` to add the flags to.

    """
    parser.add_argument("--headless", action="store_true", help="Don't show the viewer.")
    parser.add_argument("--connect", dest="connect", action="store_true", help="Connect to an external viewer.")
    parser.add_argument("--serve", dest="serve", action="store_true", help="Serve a web viewer (WARNING: experimental).")
    parser.add_argument("--addr", type=str, default=None, help="Connect to this ip:port.")
    parser.add_argument("--save", type=str, default=None, help="Save data to a .rrd file at this path.")
    parser.add_argument("-o", "--stdout", dest="stdout", action="store_true", help="Log data to standard output.")


def script_setup(
    args: Namespace, application_id: str, recording_id: str | uuid.UUID | None = None, default_blueprint: Any = None
) -> RecordingStream:
    """
    Set up a global recording as the flags of `script_add_args` ask.

    Parameters
    ----------
    args:
        The parsed arguments.
    application_id:
        The application id of the recording.
    recording_id:
        Its recording id (random by default).
    default_blueprint:
        A layout to use when none was sent.

    """
    api.init(application_id=application_id, recording_id=recording_id, default_enabled=True)
    recording = api.get_global_data_recording()
    assert recording is not None
    if getattr(args, "stdout", False):
        recording.stdout(default_blueprint=default_blueprint)
    elif getattr(args, "serve", False):
        recording.serve(default_blueprint=default_blueprint)
    elif getattr(args, "connect", False):
        recording.connect(getattr(args, "addr", None), default_blueprint=default_blueprint)
    elif getattr(args, "save", None) is not None:
        recording.save(args.save, default_blueprint=default_blueprint)
    elif not getattr(args, "headless", False):
        recording.spawn(default_blueprint=default_blueprint)
    return recording


def script_teardown(args: Namespace) -> None:
    """
    Finish a script set up with `script_setup`: flush, and keep serving until Ctrl-C for `--serve`.

    Parameters
    ----------
    args:
        The parsed arguments.

    """
    if getattr(args, "serve", False):
        import time

        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            print("Ctrl-C received. Exiting.")
    api.flush()

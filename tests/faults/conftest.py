"""The archive fixtures (deterministic writers, local stores, moto S3) for the fault tests."""

from tests.archive.conftest import catalog, make_writer, moto_server, s3_environ, store  # noqa: F401

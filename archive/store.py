"""Object storage for sealed WARC files and their CDXJ indexes: a local folder or an S3 bucket (MinIO).

Public API:
    open_store(uri, default_dir=None, check=True) -> Store
        uri ``file:///abs/path`` (a folder), ``s3://bucket/prefix`` (S3 / MinIO, configured from the environment:
        NIANBAO_S3_ENDPOINT ``host:port``, NIANBAO_S3_ACCESS_KEY, NIANBAO_S3_SECRET_KEY, NIANBAO_S3_SECURE
        ``0``/``1``, optional NIANBAO_S3_REGION); an empty uri means ``default_dir``. With ``check`` the store is
        contacted now (folder writable, endpoint reachable, credentials accepted, bucket created if missing),
        so a bad configuration fails before a crawl starts.
    Store.put_file(key, path)           upload a local file (multipart for large ones); atomic on both backends
    Store.put_bytes(key, data)          small objects
    Store.get_range(key, offset, length) -> bytes    one ranged read (one WARC record)
    Store.open(key) -> binary stream    the whole object, streamed
    Store.exists(key), Store.size(key), Store.list(prefix) -> sorted keys, Store.delete(key) (tests only)

Errors: StoreConfigError (the configuration is wrong: fix it and run again), StoreUnavailable (the store cannot
be reached now: the caller keeps its data and retries), StoreError (the base class; e.g. a missing key).
Secrets never appear in messages or logs.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import shutil
import tempfile
from abc import ABC, abstractmethod
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from nianbao.archive import limits

log = logging.getLogger(__name__)


class StoreError(Exception):
    """A store operation failed."""


class StoreConfigError(StoreError):
    """The store is configured wrongly (bad URI, credentials, permissions); the message says how to fix it."""


class StoreUnavailable(StoreError):
    """The store cannot be reached right now (network, server down); retrying later may succeed."""


class StoreKeyMissing(StoreError, KeyError):
    """The key does not exist in the store."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


def _check_key(key: str) -> str:
    if not key or key.startswith("/") or "\\" in key or any(part in ("", ".", "..") for part in key.split("/")):
        raise StoreError(f"invalid store key {key!r}: use relative keys like warcs/<crawl-id>/<name>.warc.gz")
    return key


class Store(ABC):
    """Write-once object storage addressed by keys such as ``warcs/<crawl-id>/<name>.warc.gz``."""

    uri: str

    @abstractmethod
    def put_file(self, key: str, path: str | os.PathLike) -> None: ...

    @abstractmethod
    def put_bytes(self, key: str, data: bytes) -> None: ...

    @abstractmethod
    def get_range(self, key: str, offset: int, length: int) -> bytes: ...

    @abstractmethod
    def open(self, key: str) -> BinaryIO: ...

    @abstractmethod
    def exists(self, key: str) -> bool: ...

    @abstractmethod
    def size(self, key: str) -> int: ...

    @abstractmethod
    def list(self, prefix: str = "") -> list[str]: ...

    @abstractmethod
    def delete(self, key: str) -> None: ...

    @abstractmethod
    def check(self) -> None:
        """Contact the store; raise StoreConfigError / StoreUnavailable with advice if it is not usable."""

    @abstractmethod
    def check_readable(self) -> None:
        """For commands that only read: the store must exist already; nothing is created."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.uri!r})"


# ---------------------------------------------------------------- local folder


class LocalStore(Store):
    """A folder: ``root/<key>``. Writes go to a temporary file in the same folder, fsync'd, then renamed into
    place, so a reader (or a crash) never sees half an object."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root).expanduser().resolve()
        self.uri = self.root.as_uri()

    def _path(self, key: str) -> Path:
        return self.root / _check_key(key)

    def check(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise StoreConfigError(
                f"the store folder {self.root} is not writable ({exc.strerror}); pass --store file:///a/writable/dir "
                f"or fix its permissions") from exc

    def check_readable(self) -> None:
        if not self.root.is_dir():
            raise StoreConfigError(f"the store folder {self.root} does not exist; check --store (reading "
                                   f"commands never create a store)")

    def _write_atomically(self, key: str, fill) -> None:
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        except OSError as exc:
            raise self._os_error(exc, key) from exc
        try:
            with os.fdopen(fd, "wb") as out:
                fill(out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise self._os_error(exc, key) from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_file(self, key: str, path: str | os.PathLike) -> None:
        def fill(out):
            with open(path, "rb") as src:
                shutil.copyfileobj(src, out, 1024 * 1024)
        self._write_atomically(key, fill)

    def put_bytes(self, key: str, data: bytes) -> None:
        self._write_atomically(key, lambda out: out.write(data))

    def get_range(self, key: str, offset: int, length: int) -> bytes:
        if offset < 0 or length < 0:
            raise StoreError(f"bad range {offset}+{length} for {key}")
        try:
            with open(self._path(key), "rb") as f:
                f.seek(offset)
                return f.read(length)
        except FileNotFoundError as exc:
            raise StoreKeyMissing(f"{key} is not in the store {self.uri}") from exc
        except OSError as exc:
            raise self._os_error(exc, key) from exc

    def open(self, key: str) -> BinaryIO:
        try:
            return open(self._path(key), "rb")
        except FileNotFoundError as exc:
            raise StoreKeyMissing(f"{key} is not in the store {self.uri}") from exc
        except OSError as exc:
            raise self._os_error(exc, key) from exc

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def size(self, key: str) -> int:
        try:
            return self._path(key).stat().st_size
        except FileNotFoundError as exc:
            raise StoreKeyMissing(f"{key} is not in the store {self.uri}") from exc

    def list(self, prefix: str = "") -> list[str]:
        if not self.root.is_dir():
            return []
        keys = []
        for path in self.root.rglob("*"):
            if path.is_file() and not path.name.startswith("."):
                key = path.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    keys.append(key)
        return sorted(keys)

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def _os_error(self, exc: OSError, key: str) -> StoreError:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StoreConfigError(f"cannot write {key} under {self.root} ({exc.strerror}); fix the folder's "
                                    f"permissions or pass --store file:///a/writable/dir")
        if exc.errno == errno.ENOSPC:
            return StoreUnavailable(f"no space left for {key} under {self.root}; free some space (the WARC stays "
                                    f"in the spool and is uploaded on the next start)")
        return StoreUnavailable(f"{key} under {self.root}: {exc.strerror or exc}")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------- S3 / MinIO


S3_CREDENTIAL_CODES = {"InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "InvalidToken",
                       "ExpiredToken", "AuthorizationHeaderMalformed", "InvalidSecurity"}
S3_MISSING_CODES = {"NoSuchKey", "NoSuchObject", "NotFound", "ResourceNotFound"}


class S3Store(Store):
    """An S3 bucket (MinIO or any S3 API) through the `minio` SDK; keys live under ``prefix/``.
    Uploads use `fput_object`, which switches to multipart above the part size (parts of S3_PART_SIZE_BYTES)."""

    def __init__(self, bucket: str, prefix: str, endpoint: str, access_key: str, secret_key: str,
                 secure: bool = True, region: str | None = None):
        import urllib3
        from minio import Minio

        self.bucket, self.prefix, self.endpoint, self.secure = bucket, prefix.strip("/"), endpoint, secure
        self.uri = f"s3://{bucket}/{self.prefix}".rstrip("/")
        # Few, quick retries: an outage must surface as StoreUnavailable so the uploader backs off on its own
        # schedule, instead of urllib3 sleeping inside every call.
        http = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=limits.S3_CONNECT_TIMEOUT_S, read=limits.S3_READ_TIMEOUT_S),
            retries=urllib3.Retry(total=2, backoff_factor=0.2, status_forcelist=[500, 502, 503, 504]),
            maxsize=8)
        self.client = Minio(endpoint, access_key=access_key, secret_key=secret_key, secure=secure,
                            region=region or None, http_client=http)

    @classmethod
    def from_uri(cls, uri: str, env: dict | None = None) -> S3Store:
        env = os.environ if env is None else env
        parts = urlsplit(uri)
        bucket, prefix = parts.netloc, unquote(parts.path).strip("/")
        if not bucket:
            raise StoreConfigError(f"store URI {uri!r} names no bucket: use s3://bucket/prefix")
        if parts.username or parts.password:
            raise StoreConfigError("do not put credentials in the store URI; set NIANBAO_S3_ACCESS_KEY and "
                                   "NIANBAO_S3_SECRET_KEY instead")
        endpoint = env.get("NIANBAO_S3_ENDPOINT", "").strip()
        access, secret = env.get("NIANBAO_S3_ACCESS_KEY", ""), env.get("NIANBAO_S3_SECRET_KEY", "")
        missing = [name for name, value in (("NIANBAO_S3_ENDPOINT", endpoint), ("NIANBAO_S3_ACCESS_KEY", access),
                                            ("NIANBAO_S3_SECRET_KEY", secret)) if not value]
        if missing:
            raise StoreConfigError(f"{uri} needs {', '.join(missing)} in the environment "
                                   f"(endpoint as host:port, e.g. NIANBAO_S3_ENDPOINT=127.0.0.1:9000)")
        if "://" in endpoint or "/" in endpoint:
            raise StoreConfigError(f"NIANBAO_S3_ENDPOINT must be host:port, not {endpoint!r}; "
                                   "use NIANBAO_S3_SECURE=1 for https")
        secure_text = env.get("NIANBAO_S3_SECURE", "1").strip().lower()
        if secure_text not in ("0", "1", "true", "false", "yes", "no", ""):
            raise StoreConfigError(f"NIANBAO_S3_SECURE must be 0 or 1, not {secure_text!r}")
        secure = secure_text in ("1", "true", "yes", "")
        try:
            return cls(bucket, prefix, endpoint, access, secret, secure, env.get("NIANBAO_S3_REGION") or None)
        except ValueError as exc:  # minio validates the endpoint
            raise StoreConfigError(f"bad NIANBAO_S3_ENDPOINT {endpoint!r}: {exc}") from exc

    def _name(self, key: str) -> str:
        _check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def _key(self, name: str) -> str:
        return name[len(self.prefix) + 1:] if self.prefix else name

    def _error(self, exc: Exception, what: str) -> StoreError:
        from minio.error import S3Error, ServerError

        where = f"{'https' if self.secure else 'http'}://{self.endpoint} ({self.uri})"
        if isinstance(exc, S3Error):
            if exc.code in S3_CREDENTIAL_CODES:
                return StoreConfigError(f"{what}: the S3 server at {where} refused the credentials ({exc.code}); "
                                        f"check NIANBAO_S3_ACCESS_KEY / NIANBAO_S3_SECRET_KEY and the bucket policy")
            if exc.code in S3_MISSING_CODES:
                return StoreKeyMissing(f"{what}: not in {self.uri}")
            return StoreError(f"{what}: S3 error {exc.code} from {where}: {exc.message}")
        if isinstance(exc, ServerError):
            return StoreUnavailable(f"{what}: {where} answered HTTP {exc.status_code}; it will be retried")
        return StoreUnavailable(f"{what}: cannot reach the S3 endpoint {where} ({type(exc).__name__}); check that "
                                f"the server runs and NIANBAO_S3_ENDPOINT / NIANBAO_S3_SECURE are right")

    def _call(self, what: str, func, *args, **kwargs):
        from minio.error import MinioException
        from urllib3.exceptions import HTTPError

        try:
            return func(*args, **kwargs)
        except (MinioException, HTTPError, OSError) as exc:
            raise self._error(exc, what) from exc

    def check(self) -> None:
        if not self._call(f"checking bucket {self.bucket}", self.client.bucket_exists, self.bucket):
            log.info("creating bucket %s", self.bucket)
            self._call(f"creating bucket {self.bucket}", self.client.make_bucket, self.bucket)

    def check_readable(self) -> None:
        if not self._call(f"checking bucket {self.bucket}", self.client.bucket_exists, self.bucket):
            raise StoreConfigError(f"there is no bucket {self.bucket!r} at {self.endpoint}; check --store "
                                   f"(reading commands never create a bucket)")

    def _put(self, what: str, func, *args, **kwargs) -> None:
        """A write; a bucket that does not exist yet (the store was unreachable when the crawl started, or the
        bucket was removed) is created once and the write repeated."""
        from minio.error import S3Error

        try:
            func(*args, **kwargs)
        except S3Error as exc:
            if exc.code != "NoSuchBucket":
                raise self._error(exc, what) from exc
            self.check()
            self._call(what, func, *args, **kwargs)
        except Exception as exc:
            from minio.error import MinioException
            from urllib3.exceptions import HTTPError

            if isinstance(exc, (MinioException, HTTPError, OSError)):
                raise self._error(exc, what) from exc
            raise

    def put_file(self, key: str, path: str | os.PathLike) -> None:
        self._put(f"uploading {key}", self.client.fput_object, self.bucket, self._name(key), str(path),
                  part_size=limits.S3_PART_SIZE_BYTES)

    def put_bytes(self, key: str, data: bytes) -> None:
        self._put(f"uploading {key}", self.client.put_object, self.bucket, self._name(key), io.BytesIO(data),
                  len(data))

    def get_range(self, key: str, offset: int, length: int) -> bytes:
        if offset < 0 or length < 0:
            raise StoreError(f"bad range {offset}+{length} for {key}")
        if length == 0:
            return b""
        response = self._call(f"reading {key}", self.client.get_object, self.bucket, self._name(key),
                              offset=offset, length=length)
        try:
            return self._call(f"reading {key}", response.read)
        finally:
            response.close()
            response.release_conn()

    def open(self, key: str) -> BinaryIO:
        response = self._call(f"reading {key}", self.client.get_object, self.bucket, self._name(key))
        return _ResponseStream(response)

    def exists(self, key: str) -> bool:
        try:
            self._call(f"checking {key}", self.client.stat_object, self.bucket, self._name(key))
            return True
        except StoreKeyMissing:
            return False

    def size(self, key: str) -> int:
        return int(self._call(f"checking {key}", self.client.stat_object, self.bucket, self._name(key)).size)

    def list(self, prefix: str = "") -> list[str]:
        if prefix and (prefix.startswith("/") or ".." in prefix.split("/")):
            raise StoreError(f"invalid store prefix {prefix!r}")
        name_prefix = (f"{self.prefix}/" if self.prefix else "") + prefix

        def collect():
            return [self._key(o.object_name) for o in
                    self.client.list_objects(self.bucket, prefix=name_prefix or None, recursive=True)]
        return sorted(self._call(f"listing {prefix or '/'}", collect))

    def delete(self, key: str) -> None:
        self._call(f"deleting {key}", self.client.remove_object, self.bucket, self._name(key))


class _ResponseStream(io.RawIOBase):
    """A urllib3 response as a readable binary stream that releases its connection on close."""

    def __init__(self, response):
        self._response = response

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._response.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._response.close()
            self._response.release_conn()
        super().close()


# ---------------------------------------------------------------- opening


def open_store(uri: str | None, default_dir: str | os.PathLike | None = None, check: bool = True) -> Store:
    """A store for ``file:///abs/path`` or ``s3://bucket/prefix`` (empty: ``default_dir``)."""
    uri = (uri or "").strip()
    if not uri:
        if default_dir is None:
            raise StoreConfigError("no store given: pass --store file:///abs/path or s3://bucket/prefix")
        store: Store = LocalStore(default_dir)
    else:
        scheme = urlsplit(uri).scheme.lower()
        if scheme == "file":
            parts = urlsplit(uri)
            if parts.netloc not in ("", "localhost"):
                raise StoreConfigError(f"{uri!r}: file URIs need an absolute path, e.g. file:///srv/nianbao/store")
            store = LocalStore(unquote(parts.path))
        elif scheme == "s3":
            store = S3Store.from_uri(uri)
        elif scheme == "" and uri.startswith("/"):
            store = LocalStore(uri)
        else:
            raise StoreConfigError(f"unsupported store URI {uri!r}: use file:///abs/path or s3://bucket/prefix")
    if check:
        store.check()
    return store

"""The offline sandbox: simulated county portals of the main CMS families behind an HTTP forward proxy, with a
ground truth of which URLs hold which reports (see docs/INTERNALS.md, "Sandbox").

    sandbox = build_sandbox(seed=7, portals=6)
    truth = sandbox.ground_truth()
    with serve(sandbox) as server:      # server.url == "http://127.0.0.1:PORT", a forward proxy
        ...
"""

from nianbao.crawler.sandbox.core import Sandbox, build_sandbox
from nianbao.crawler.sandbox.server import SandboxServer, main, serve

__all__ = ["Sandbox", "SandboxServer", "build_sandbox", "main", "serve"]

import sys

from nianbao.crawler.sandbox.server import main

sys.exit(main())

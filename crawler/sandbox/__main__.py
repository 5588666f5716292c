import sys

from crawler.sandbox.server import main

sys.exit(main())

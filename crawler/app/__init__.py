"""The app layer: the `nianbao` command on top of the crawler, the archive and the parser.

    cli.py       argument parsing, printing and exit codes (the console script `nianbao`)
    pipeline.py  the commands' work (crawl, dedup, parse, run, run-due, export, reindex): a DataDir in, results out
    demo.py      `nianbao demo`: the sandbox, one recorded run against it, exports and its scored summary

Nothing below this layer (crawler components, archive/, parse/) imports it (tests/test_layers.py)."""

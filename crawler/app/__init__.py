"""The app layer: the `nianbao` command on top of the crawler, the archive and the parser.

    cli.py       argument parsing, printing and exit codes (the console script `nianbao`)
    pipeline.py  the commands' work (crawl, dedup, parse, run, run-due, export, reindex, demo): a DataDir
                 (archive/datadir.py) and options in, results out
    demo.py      the demo's scores against the sandbox's ground truth (also used by tests and benchmarks)

Nothing below this layer (crawler components, archive/, parse/) imports it (tests/test_layers.py)."""

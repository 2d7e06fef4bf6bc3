"""The launcher's entry: what pyrun runs, `python -S -E launch.py [OPTIONS] -- SCRIPT [ARGS...]` (see launcher.py).

A file Python runs is compiled from source on every start; a module it imports is read from __pycache__ once it has
been compiled there. launcher.py is ~460 lines, ~2.5 ms to compile, paid before every script started; this file
is the few lines Python compiles each time. sys.path[0] is this file's directory (-S -E leave it there and add
no other), so `import launcher` finds pyrun's own, never a file of the user's. Where the directory is read-only
(an install owned by another user) Python compiles launcher.py in memory as before, and nothing else changes.
"""
import os

import launcher

os._exit(launcher.main())  # every message is written by os.write: nothing is buffered that a teardown would flush

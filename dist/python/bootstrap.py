"""Runs pyrun's remote launcher from sources carried inline, as `python3 -S -E -c PROGRAM`.

pyrun builds PROGRAM from this file by filling SOURCES with launcher.py and remote.py (src/engine/execute/exec/
remote-launcher.ts): no file of pyrun's needs to exist where the script runs. Each source becomes a module in
sys.modules before remote.main() runs, so `import launcher` finds pyrun's module and never a file of that name in
the working directory; the working directory is also taken off sys.path, so the user's files cannot shadow the
standard library in the launcher.
"""
import sys
import types

SOURCES = {}  # pyrun fills this in: {module name: source}, in the order they must be loaded


def load(sources):
    for name, source in sources.items():
        module = types.ModuleType(name)
        module.__file__ = "<pyrun %s>" % name
        sys.modules[name] = module
        exec(compile(source, module.__file__, "exec"), module.__dict__)
    return sys.modules


def main():
    if sys.path and sys.path[0] == "":
        del sys.path[0]
    modules = load(SOURCES)
    return modules["remote"].main()


if __name__ == "__main__":
    sys.exit(main())

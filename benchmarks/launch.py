"""Launch a command and report its own peak memory, from a small process.

    python benchmarks/launch.py COMMAND ...

Prints one JSON line: the monotonic time just before the launch, the command's exit code,
its output, and its peak resident memory from wait4(). Started from the benchmark
process itself, a child's peak would include that big process's pages (the kernel counts
the memory a child had before exec), so launches go through this small one.
"""

import json
import os
import subprocess
import sys
import tempfile
import time


def main(command: list[str]) -> int:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        report = {
            "started": started,
            "returncode": process.returncode,
            "peak_kib": usage.ru_maxrss,
            "stdout": out.read().decode(errors="replace"),
            "stderr": err.read().decode(errors="replace")[-4000:],
        }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Same code, another layout: one of IREE's orders compiled two ways, compared and timed.

    python tools/layout_check.py --dump build/sq --input 1x3x224x224 --repetitions 300

From a compile's dump (`iops-mlir compile --dump-dir DIR`), IREE's order (`--order`, default
`iree-max-concurrency`) is compiled by stock `iree-compile` in one command from `input.mlir`, as a
user does (what the compile ships), and through the split pipeline (stream.async to stream.cmd to
code generation, the weights put back in between: how the compile made IREE's orders before). The
tool shows what the two files share: the executable library's machine code (`objdump -d`,
addresses left out), the constants, and the host program's calls into the HAL
(`iree-dump-module`); then it times both files and a copy of each, interleaved in one process,
so that each file's ratio to its copy shows the noise and the stock/split ratio the layout.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from compare_vmfb import compare

from iops_mlir import iree_tools
from iops_mlir.iree_tools import CommandLog, run_tool
from iops_mlir.pipeline.back import codegen, lower_iree_order
from iops_mlir.pipeline.front import IREE_ORDERS, input_weights, write_iree_order
from iops_mlir.targets import load_target

_ADDRESS = re.compile(r"\b[0-9a-f]{4,}\b|0x[0-9a-f]+")
_HAL_CALL = re.compile(r"vm\.call(?:\.variadic)? @(hal\.[\w.]+)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True, help="a compile's --dump-dir (llvm-cpu)")
    parser.add_argument("--order", default="iree-max-concurrency", choices=sorted(IREE_ORDERS))
    parser.add_argument("--input", required=True, help="shape of the one f32 input, e.g. 1x3x224x224")
    parser.add_argument("--repetitions", type=int, default=300)
    args = parser.parse_args()
    target, dump = load_target("llvm-cpu"), args.dump.resolve()
    work = dump / "layout-check"
    work.mkdir(exist_ok=True)
    stock, split = work / "stock.vmfb", work / "split.vmfb"
    weights = input_weights(dump, seen_from=dump)
    run_tool(iree_tools.stock("input.mlir", target, str(stock), favor=IREE_ORDERS[args.order], weights=weights),
             what="stock iree-compile", cwd=dump)
    log = CommandLog(dump)
    write_iree_order(log, args.order)
    codegen(log, target, f"async.{args.order}.mlir", lower_iree_order(log, args.order), split)
    for path in (stock, split):
        shutil.copyfile(path, path.with_name(f"{path.stem}-copy.vmfb"))

    print(f"{args.order} of {dump.name}: stock {stock.stat().st_size} bytes, split {split.stat().st_size} bytes")
    a, b = _entries(stock), _entries(split)
    print(f"  file entries, stock: {_layout(stock)}")
    print(f"  file entries, split: {_layout(split)}")
    print(f"  constants identical: {_digest(a, '_const') == _digest(b, '_const')}")
    print(f"  executable machine code identical: {_disassembly(a) == _disassembly(b)}")
    print(f"  host program's HAL calls identical: {_hal_calls(stock) == _hal_calls(split)}")
    print(compare({"stock": str(stock), "split": str(split), "stock-copy": str(work / "stock-copy.vmfb"),
                   "split-copy": str(work / "split-copy.vmfb")}, args.input, repetitions=args.repetitions,
                  device=target.runtime_device))
    return 0


def _entries(vmfb: Path) -> dict[str, bytes]:
    """The files a .vmfb carries (its flatbuffer, constants and executable libraries) by name."""
    with zipfile.ZipFile(vmfb) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _layout(vmfb: Path) -> str:
    """Where each entry's data starts in the file, and that offset within its 4 KiB page."""
    starts = []
    with zipfile.ZipFile(vmfb) as archive, open(vmfb, "rb") as raw:
        for info in archive.infolist():
            raw.seek(info.header_offset + 26)  # the local header's name and extra-field lengths
            name_length, extra_length = struct.unpack("<HH", raw.read(4))
            start = info.header_offset + 30 + name_length + extra_length
            starts.append(f"{info.filename} @{start} (page offset {start % 4096})")
    return ", ".join(starts)


def _digest(entries: dict[str, bytes], prefix: str) -> str:
    return hashlib.sha256(b"".join(data for name, data in sorted(entries.items()) if name.startswith(prefix))).hexdigest()


def _disassembly(entries: dict[str, bytes]) -> list[str]:
    """The executable libraries' instructions, function by function, with addresses left out."""
    out = []
    with tempfile.TemporaryDirectory(prefix="iops-layout-") as folder:
        for name, data in sorted(entries.items()):
            if name.endswith(".so"):
                library = Path(folder) / "library.so"
                library.write_bytes(data)
                text = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(library)], capture_output=True,
                                      text=True, check=True).stdout
                out += [_ADDRESS.sub("N", line.split(":", 1)[-1]) for line in text.splitlines()
                        if line.startswith(" ")]
    return out


def _hal_calls(vmfb: Path) -> collections.Counter:
    """How often the module's VM code calls each HAL function."""
    text = run_tool([iree_tools.tool_path("iree-dump-module"), str(vmfb)], what="iree-dump-module").stdout
    return collections.Counter(_HAL_CALL.findall(text))


if __name__ == "__main__":
    sys.exit(main())

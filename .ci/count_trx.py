#!/usr/bin/env python3
"""Sums passed and failed test counts over every TRX file in a folder; prints "PASSED FAILED"."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

passed = failed = 0
for trx in Path(sys.argv[1]).rglob("*.trx"):
    for counters in ET.parse(trx).getroot().iter():
        if counters.tag.endswith("Counters"):
            passed += int(counters.get("passed", 0))
            failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
print(passed, failed)

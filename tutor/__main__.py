"""`python -m tutor` runs the same command as the `tutor` script."""

from __future__ import annotations

import sys

from tutor.cli import main

sys.exit(main())

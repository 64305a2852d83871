"""`python -m renault_ext` is the `renault` command."""

import sys

from renault_ext.cli import main

sys.exit(main())

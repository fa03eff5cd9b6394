"""Entry point of the frozen build: `congress-app` (console) and `CongressDesk` (windowed)."""

import sys

from congress_app.launcher import main

if __name__ == "__main__":
    sys.exit(main())

"""Build hook, the only thing not in pyproject.toml: a wheel carries a copy of fixtures/.

The fake backend answers many operations from fixtures/<operationId>/ (contracts, alerts, error
bodies...). A checkout (editable install) reads them in place; an installed wheel has no checkout,
so build_py copies the folder, licence notice included, to renault_ext/fake/bundled_fixtures/.
fixtures/ stays the single source: the copy exists only in build output.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class BuildPyWithFixtures(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads fixtures/ in the checkout
            return
        target = Path(self.build_lib) / "renault_ext" / "fake" / "bundled_fixtures"
        shutil.rmtree(target, ignore_errors=True)  # build/ survives builds: no deleted fixture
        shutil.copytree(FIXTURES, target)


setup(cmdclass={"build_py": BuildPyWithFixtures})

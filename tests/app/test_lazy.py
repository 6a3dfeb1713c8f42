"""Packages export their names lazily (app/lazy.py): every name resolves, and importing is cheap."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

PACKAGES = ["app", "app.documents", "app.project", "app.facts", "app.report"]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_exported_name_resolves(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    with pytest.raises(AttributeError):
        module.no_such_name  # noqa: B018


def test_a_name_is_the_object_its_module_defines() -> None:
    from app import Comparison
    from app.engine.records import Comparison as defined
    from app.project import Verdict
    from app.project.annotations import Verdict as verdict

    assert Comparison is defined and Verdict is verdict


def test_importing_records_does_not_import_the_engine_or_the_readers() -> None:
    code = ("import sys; from app import Comparison, Document, CompareOptions; from app.project import Verdict; "
            "from app.facts import FactReport; from app.report.shares import copy_shares; "
            "print(sorted(m for m in sys.modules if m.startswith(('app.engine.align', 'app.engine.build', "
            "'app.documents.reader', 'app.facts.check', 'app.project.storage', 'app.report.html_report', "
            "'markdown'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("package", PACKAGES)
def test_no_exported_name_is_also_a_module_of_the_package(package: str) -> None:
    # importing a submodule sets the package's attribute of that name, hiding a lazy export
    import pkgutil

    module = importlib.import_module(package)
    submodules = {info.name for info in pkgutil.iter_modules(module.__path__)}
    assert not set(module.__all__) & submodules

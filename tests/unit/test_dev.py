"""dev.py: the plain-words Python check and when .venv needs the pins installed."""

import importlib.util

from support import ROOT

spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
dev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dev)


def test_an_old_python_is_told_what_to_install_on_each_system():
    message = dev.python_problem((3, 10, 4), has_venv=True)
    assert message.startswith("This is Python 3.10; the guide needs Python 3.11 or newer.")
    assert "Windows:" in message and "macOS:" in message and "sudo apt install python3 python3-venv" in message


def test_a_python_without_ensurepip_is_told_to_install_python3_venv():
    message = dev.python_problem((3, 12, 0), has_venv=False)
    assert message.startswith("This Python lacks 'ensurepip'") and "python3-venv" in message


def test_a_new_enough_python_with_venv_is_fine():
    assert dev.python_problem((3, 11, 0), has_venv=True) is None


def test_serve_needs_only_the_build_pins_and_test_needs_both():
    plan = dev.venv_plan
    assert plan(False, None, "b", "t", with_tests=False) == "fresh"
    assert plan(True, "build b", "b", "t", with_tests=False) == "ok"
    assert plan(True, "build b", "b", "t", with_tests=True) == "install"  # add the test tools
    assert plan(True, "test t", "b", "t", with_tests=False) == "ok"
    assert plan(True, "test t", "b", "t", with_tests=True) == "ok"


def test_a_changed_pin_in_either_file_reinstalls():
    plan = dev.venv_plan
    assert plan(True, "test old", "b", "t", with_tests=True) == "install"
    assert plan(True, "build old", "b", "t", with_tests=False) == "install"
    assert plan(True, None, "b", "t", with_tests=False) == "install"
    assert dev.pins_digest(dev.BUILD_PINS) != dev.pins_digest(dev.BUILD_PINS, dev.TEST_PINS)


def test_the_test_pins_include_the_build_pins_and_no_browser_driver_is_needed_to_build():
    build = dev.BUILD_PINS.read_text("utf-8")
    tests = dev.TEST_PINS.read_text("utf-8")
    assert "-r requirements.txt" in tests.splitlines()
    assert "mkdocs==" in build and "playwright" not in build.lower() and "pytest" not in build.lower()
    assert "playwright==" in tests and "pytest==" in tests


def test_sign_off_runs_in_the_callers_folder_so_a_page_named_from_inside_docs_is_found(monkeypatch, tmp_path):
    """`cd docs; python3 ../dev.py sign-off risks.md` means docs/risks.md, not risks.md beside dev.py."""
    calls = []
    monkeypatch.setattr(dev, "ensure_venv", lambda with_tests: None)
    monkeypatch.setattr(dev, "run", lambda *command, cwd=dev.ROOT: calls.append((command, cwd)))
    monkeypatch.chdir(tmp_path)
    dev.main(["dev.py", "sign-off", "risks.md"])
    dev.main(["dev.py", "build"])
    assert calls[0] == ((dev.PYTHON, dev.ROOT / "tools" / "sign_off.py", "risks.md"), tmp_path)
    assert calls[1][1] == dev.ROOT, "everything else runs in the project"

"""Test configuration: headless Qt, isolated user folders, automatic 'gui' marking."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from raci.service import ProjectService  # noqa: E402

GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "main_window"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--long", action="store_true", default=False,
        help="run the long searches: every property test with its full number of examples "
             "(the default run tries a fifth, at least 20) and the fuzz tests with many more, "
             "larger cases; the same as setting RACI_FUZZ=long")


def pytest_configure(config: pytest.Config) -> None:
    """Before any test module is imported: tell the modules which run this is, and give
    the property tests that name no count of their own the run's share of Hypothesis's
    100 (on top of the profile loaded, so CI=true stays derandomised)."""
    from hypothesis import HealthCheck, settings

    from tests.long_runs import examples

    if config.getoption("--long"):
        os.environ["RACI_FUZZ"] = "long"
    # (Hypothesis's "too slow" check and its deadline time the generation and the test:
    # timing, which on a loaded machine fails a test that is right; the suite asserts no
    # timing, so both are off here, as Hypothesis's own CI profile turns them off)
    settings.register_profile(
        "raci", parent=settings.default,
        max_examples=examples(settings.default.max_examples), deadline=None,
        suppress_health_check=[*settings.default.suppress_health_check, HealthCheck.too_slow])
    settings.load_profile("raci")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication as 'gui'."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & GUI_FIXTURES or "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> str:
    """LibreOffice's soffice, once it has shown it can open a spreadsheet here (a small CSV
    saved as .xlsx); the test is skipped, saying why, where it is missing or has no Calc
    (Debian's libreoffice-writer-nogui alone converts documents but no workbook)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("office-probe")
    probe = folder / "probe.csv"
    probe.write_text("a,b\n1,2\n", encoding="utf-8")
    try:
        subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                        "--headless", "--convert-to", "xlsx", "--outdir", str(folder),
                        str(probe)], capture_output=True, timeout=180, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"LibreOffice could not be run: {exc}")
    if not (folder / "probe.xlsx").exists():
        pytest.skip("LibreOffice here cannot open spreadsheets: install its Calc "
                    "(Debian: libreoffice-calc-nogui)")
    return soffice


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep user templates, the sample project and settings out of the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RACI_PLANNER_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ProjectService]:
    """A new, empty project file."""
    svc = ProjectService.create(tmp_path / "test.raci", "Test project")
    yield svc
    svc.close()


@pytest.fixture
def staffed(service: ProjectService) -> ProjectService:
    """A small project: three roles, two people, three activities, clean of errors."""
    pm = service.add_role("Product Manager", "PM")
    tpm = service.add_role("Technical Product Manager", "TPM")
    eng = service.add_role("Engineering Lead", "ENG")
    service.add_person("Ann Lee", "ann@example.org", "Director", [pm])
    service.add_person("Raj Patel", "raj@example.org", "Staff engineer", [tpm, eng])
    strategy = service.add_phase("Strategy")
    build = service.add_phase("Build")
    vision = service.add_activity("Product vision", strategy)
    oversight = service.add_activity("Technical oversight", build)
    release = service.add_activity("Release plan", build)
    service.set_cells(
        {
            (vision, pm): "A/R",
            (vision, tpm): "C",
            (oversight, tpm): "A/R",
            (oversight, eng): "R",
            (oversight, pm): "I",
            (release, pm): "A",
            (release, tpm): "R",
            (release, eng): "C",
        }
    )
    return service


# --- a real PostgreSQL server for the shared-workspace tests -------------------------


@dataclass
class Server:
    """The test cluster, with one fresh database per test (owned by alice)."""

    cluster: Any
    database: str

    def url(self, user: str = "alice", project: str | None = None,
            password: str | None = None) -> str:
        return self.cluster.url(self.database, user, password or f"{user}-pw", project)

    def grant(self, user: str, write: bool = True, schema: str = "public") -> None:
        """What docs/team.md tells a database owner to run for a team member."""
        s = f'"{schema}"'
        rights = "SELECT, INSERT, UPDATE, DELETE" if write else "SELECT"
        self.cluster.sql(f'GRANT USAGE ON SCHEMA {s} TO "{user}"', self.database)
        self.cluster.sql(f'GRANT {rights} ON ALL TABLES IN SCHEMA {s} TO "{user}"',
                         self.database)
        self.cluster.sql(f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {s} '
                         f'TO "{user}"' if write else
                         f'GRANT INSERT, UPDATE, DELETE ON {s}.presence TO "{user}"',
                         self.database)
        self.cluster.sql(f'ALTER DEFAULT PRIVILEGES FOR ROLE alice IN SCHEMA {s} '
                         f'GRANT {rights} ON TABLES TO "{user}"', self.database)
        if write:
            self.cluster.sql(f'ALTER DEFAULT PRIVILEGES FOR ROLE alice IN SCHEMA {s} '
                             f'GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "{user}"',
                             self.database)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """A throwaway PostgreSQL cluster for the whole run (skipped when not installed)."""
    from tests import pgserver

    if pgserver.find_binaries() is None:
        pytest.skip(pgserver.NOT_INSTALLED)
    with pgserver.cluster() as cluster:
        for user in ("alice", "bob", "reader"):
            cluster.new_user(user, f"{user}-pw")
        yield cluster


@pytest.fixture
def pg(pg_cluster: Any) -> Server:
    """A fresh, empty database on the test cluster, owned by alice."""
    return Server(pg_cluster, pg_cluster.new_database(owner="alice"))


@pytest.fixture(scope="session")
def stoppable_cluster() -> Iterator[Any]:
    """A second throwaway cluster for the tests that stop and start their server (so that
    the cluster of the other tests never goes away under them)."""
    from tests import pgserver

    if pgserver.find_binaries() is None:
        pytest.skip(pgserver.NOT_INSTALLED)
    with pgserver.cluster() as cluster:
        for user in ("alice", "reader"):
            cluster.new_user(user, f"{user}-pw")
        yield cluster


@pytest.fixture
def own_pg(stoppable_cluster: Any) -> Server:
    """A fresh database on a cluster the test may stop and start (alice owns the database);
    the cluster is started again first where an earlier test left it stopped."""
    if not stoppable_cluster.running():
        stoppable_cluster.start()
    return Server(stoppable_cluster, stoppable_cluster.new_database(owner="alice"))


@contextmanager
def commit_mid_read(writer: ProjectService, person: int) -> Iterator[list[bool]]:
    """While the block opens another connection's read, the writer commits in its middle
    (a new role, with person in it, between the reader's SELECTs of roles and staffing).
    The yielded flag turns False once the commit landed."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    armed = [True]

    def between(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if armed[0] and conn.engine is not writer.engine and "FROM staffing" in statement:
            armed[0] = False
            role = writer.add_role("Quality", "QA")
            writer.set_staffing(person, role, True)

    event.listen(Engine, "before_cursor_execute", between)
    try:
        yield armed
    finally:
        event.remove(Engine, "before_cursor_execute", between)

"""The sample project a newcomer sees on first run: the default template, staffed."""

from __future__ import annotations

from pathlib import Path

from raci.project_files import build_project
from raci.service import ProjectService
from raci.templates import DEFAULT_TEMPLATE_ID, TemplateLibrary, apply_template

SAMPLE_NAME = "Sample product team"
"""The sample is the default template as it stands, staffed: its name says so."""
EARLIER_SAMPLE_NAMES = ("Sample: checkout revamp",)
"""Names earlier versions gave the same sample (renamed when it is opened)."""
SAMPLE_PEOPLE = (
    ("Maya Okafor", "maya.okafor@example.com", "Senior Product Manager", ("PM",)),
    ("Lukas Brandt", "lukas.brandt@example.com", "Technical Product Manager", ("TPM",)),
    ("Priya Raman", "priya.raman@example.com", "Engineering Manager", ("ENG",)),
    ("Tomás Silva", "tomas.silva@example.com", "Staff Engineer", ("ENG",)),
    ("Hana Kim", "hana.kim@example.com", "Product Designer", ("DES",)),
    ("Owen Price", "owen.price@example.com", "QA Lead", ("QA",)),
)


def create_sample_project(path: Path, library: TemplateLibrary | None = None) -> ProjectService:
    """Create the sample project at path from the default template, with example people."""
    library = library or TemplateLibrary.default()
    template = library.get(DEFAULT_TEMPLATE_ID)

    def fill(service: ProjectService) -> None:
        with service.transaction():
            apply_template(service, template)
            for name, email, title, codes in SAMPLE_PEOPLE:
                roles = [service.find_role(code).id for code in codes]
                service.add_person(name, email, title, roles)

    build_project(path, SAMPLE_NAME, template.scheme, fill)
    return ProjectService.open(path)


def refresh_sample_name(service: ProjectService) -> bool:
    """Give a sample made by an earlier version today's name (True when renamed)."""
    if service.state().name not in EARLIER_SAMPLE_NAMES or service.stopped is not None:
        return False
    service.rename_project(SAMPLE_NAME)
    return True

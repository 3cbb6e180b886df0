"""Typed ORM entities of a project file: project, roles, people, phases, activities, cells."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from raci.state import DEFAULT_MAX_CONSULTED, DEFAULT_MAX_RESPONSIBLE, DEFAULT_OVERLOAD


class Base(DeclarativeBase):
    """Declarative base of every table in a project file."""


staffing = Table(
    "staffing",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True),
)


class Project(Base):
    """The single settings row of a project file."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    scheme: Mapped[str] = mapped_column(String(20), default="RACI")
    overload_threshold: Mapped[int] = mapped_column(Integer, default=DEFAULT_OVERLOAD)
    max_responsible: Mapped[int] = mapped_column(Integer, default=DEFAULT_MAX_RESPONSIBLE)
    max_consulted: Mapped[int] = mapped_column(Integer, default=DEFAULT_MAX_CONSULTED)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Counts committed changes; writers on a server compare it to notice others' commits."""


class Role(Base):
    """A column of the matrix: a role such as Product Manager (PM)."""

    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    people: Mapped[list[Person]] = relationship(
        secondary=staffing, back_populates="roles", order_by="Person.position"
    )


class Person(Base):
    """Someone who fills one or more roles."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    roles: Mapped[list[Role]] = relationship(
        secondary=staffing, back_populates="people", order_by="Role.position"
    )


class Phase(Base):
    """A named group of activities, such as 'Planning and roadmap'."""

    __tablename__ = "phase"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Activity(Base):
    """A row of the matrix: a piece of work or a decision."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    phase_id: Mapped[int | None] = mapped_column(
        ForeignKey("phase.id", ondelete="SET NULL"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    provenance: Mapped[str] = mapped_column(Text, default="")

    phase: Mapped[Phase | None] = relationship()


class Assignment(Base):
    """One non-empty cell: the letters a role holds on an activity."""

    __tablename__ = "assignment"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(
        ForeignKey("role.id", ondelete="CASCADE"), primary_key=True
    )
    letters: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class ChangeLog(Base):
    """One recorded change: who, when, what, old -> new (the project's history)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[str] = mapped_column(String(32))
    who: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text)
    old: Mapped[str] = mapped_column(Text)
    new: Mapped[str] = mapped_column(Text)
    activity_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)
    role_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)
    person_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)


class Presence(Base):
    """Who has a shared project open now: one row per open session, with a heartbeat."""

    __tablename__ = "presence"

    session: Mapped[str] = mapped_column(String(64), primary_key=True)
    who: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(200))
    since: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))

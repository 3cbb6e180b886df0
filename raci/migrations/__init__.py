"""Alembic migrations of the project file schema, shipped inside the package."""

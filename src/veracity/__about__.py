"""The package version, in one place (read by hatchling and by `verify --version`)."""

__version__ = "0.1.0"

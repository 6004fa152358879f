"""Schedules: stages of dispatches, how to check them, and the schedulers that make them."""

from .model import Schedule, split_wide_stages, validate

__all__ = ["Schedule", "split_wide_stages", "validate"]

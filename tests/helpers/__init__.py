"""Helpers shared by several test modules: plain functions, classes and constants, never fixtures."""

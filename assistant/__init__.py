"""The assistant: answers questions about Swedish municipal segregation policy with cited passages."""

__version__ = "0.1.0"

"""Handwritten layer over the generated Renault client."""

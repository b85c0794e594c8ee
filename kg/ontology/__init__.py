"""The ontology (kg.ttl) and SHACL shapes (shapes.ttl) shipped in the package.

Copies of the repository's ontology/ folder, which stays the source; tests/test_wheel.py keeps them
equal (after editing ontology/, run `cp ontology/*.ttl kg/ontology/`).
"""

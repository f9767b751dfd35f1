"""The graph views of a build: an RDF dataset and a networkx MultiDiGraph."""

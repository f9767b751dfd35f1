"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a workspace's store.

`kg.serve.endpoint` is the HTTP layer, `kg.serve.worker` runs queries in processes that
can be stopped, `kg.serve.negotiate` picks the result format. This package imports
nothing heavy, so worker processes start fast.
"""

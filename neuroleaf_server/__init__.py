"""The NeuroLeaf sync server: stores opaque encrypted items for accounts, and nothing else.

It never sees a key that could open an item: clients send a *server password* derived from
the account password (and hashed again here) and blobs encrypted on the device.
"""

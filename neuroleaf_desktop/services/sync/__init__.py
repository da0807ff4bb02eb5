"""Optional end-to-end-encrypted sync (off until the person signs in to an account).

Modules: ``keys`` (account password → server password + root key; the wrapped sync key),
``items`` (one record ↔ one padded, authenticated ciphertext), ``records`` (the vault's
records as sync payloads, and applying remote ones), ``client`` (HTTP), ``engine`` (pull,
merge, push) and ``service`` (what the CLI and the app call). No Qt anywhere.
"""

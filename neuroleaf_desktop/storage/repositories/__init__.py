"""One repository per aggregate. Each works on a connection the caller got from the vault
(inside ``vault.transaction()`` for writes), so a service can compose several repositories in
one transaction."""

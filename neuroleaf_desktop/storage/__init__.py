"""Storage: the encrypted vault (SQLCipher), its key handling, migrations and repositories."""
